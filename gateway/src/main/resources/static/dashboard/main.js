// The command dashboard: reads the views for the chosen region and days, follows the live
// stream, and on each change reads the affected view again (at most every 300 ms), so the
// figures always match the filters and end right whatever the stream delivered while the
// page was away. Write controls appear only for the roles that may use them.

import { HttpError, getJson, post, toLogin } from './api.js';
import { language, number, setLanguage, t, translate } from './i18n.js';
import { COUNTS, SERIES_COLOURS, chart, countItems, element, figures, resizeCharts, table, yuan } from './render.js';
import { LiveStream } from './stream.js';

const VIEWS = ['checkpoints', 'quarantine', 'supplies', 'inspections'];
const READERS = new Set(['viewer', 'auditor', 'admin']);
const THROTTLE_MS = 300;
const RETRY_MS = 5000;

const $ = (id) => document.getElementById(id);

const state = { region: '', from: '', to: '', today: '', roles: [] };
const latest = {};
const generation = {};
const failed = new Set();
const pending = new Set();
let flushTimer = null;

// ---- reading the views ----

function regionQuery(prefix = '?') {
	return state.region ? `${prefix}region=${encodeURIComponent(state.region)}` : '';
}

const LOADERS = {
	async checkpoints() {
		const base = '/api/views/checkpoints/summary';
		const [today, range] = await Promise.all([getJson(base + regionQuery()),
			getJson(`${base}?from=${state.from}&to=${state.to}${regionQuery('&')}`)]);
		return { today, range };
	},
	async quarantine() {
		return getJson('/api/views/quarantine/summary' + regionQuery());
	},
	async supplies() {
		const [stock, donations, prices] = await Promise.all([getJson('/api/views/supplies/stock'),
			getJson('/api/views/supplies/donations'), getJson('/api/views/supplies/prices')]);
		return { stock, donations, prices };
	},
	async inspections() {
		return getJson('/api/views/inspections/ledger' + regionQuery());
	},
};

const RENDERERS = {
	checkpoints: renderCheckpoints,
	quarantine: renderQuarantine,
	supplies: renderSupplies,
	inspections: renderInspections,
};

async function load(view) {
	const mine = (generation[view] = (generation[view] ?? 0) + 1);
	try {
		const data = await LOADERS[view]();
		if (mine !== generation[view]) {
			return; // a newer read is under way; its answer is the one to show
		}
		latest[view] = data;
		failed.delete(view);
		RENDERERS[view](data);
		$('updated').textContent = t('updated', { time: new Date().toLocaleTimeString(language()) });
		$('updated').dataset.time = String(Date.now());
	}
	catch (error) {
		if (mine !== generation[view]) {
			return;
		}
		if (error instanceof HttpError && error.status === 403) {
			showNotice('notice.forbidden');
			return;
		}
		failed.add(view);
		showNotice('notice.failed');
		setTimeout(() => schedule(view), RETRY_MS);
	}
	if (failed.size === 0 && $('notice').dataset.i18n === 'notice.failed') {
		showNotice(null);
	}
}

/** Reads a view again soon; several changes within the throttle make one read. */
function schedule(view) {
	pending.add(view);
	if (flushTimer === null) {
		flushTimer = setTimeout(() => {
			flushTimer = null;
			const views = [...pending];
			pending.clear();
			views.forEach(load);
		}, THROTTLE_MS);
	}
}

function showNotice(key) {
	const notice = $('notice');
	if (key) {
		notice.dataset.i18n = key;
		notice.textContent = t(key);
	}
	else {
		delete notice.dataset.i18n;
		notice.textContent = '';
	}
}

// ---- writing the views into the page ----

function renderCheckpoints({ today, range }) {
	$('today-date').textContent = today.from;
	figures(document.querySelector('[data-figures="checkpoints.today"]'), 'checkpoints.today',
			countItems(today.totals));
	$('range-dates').textContent = range.from === range.to ? range.from : `${range.from} – ${range.to}`;
	figures(document.querySelector('[data-figures="checkpoints.range"]'), 'checkpoints.range',
			countItems(range.totals));
	const shown = ['vehiclesInspected', 'vehiclesInbound', 'vehiclesTurnedBack', 'personsChecked', 'feverDetected'];
	table($('by-checkpoint'), [{ label: 'column.checkpoint' }, { label: 'column.region' },
		...shown.map((name) => ({ label: `counts.${name}` }))], range.byCheckpoint.map((line) => ({
		cells: [{ text: line.name ?? line.checkpointId }, { text: line.region ?? '' },
			...shown.map((name) => ({ value: line.totals[name],
				figure: `checkpoints.checkpoint.${line.checkpointId}.${name}` }))],
	})));
	table($('by-day'), [{ label: 'column.date' }, ...COUNTS.map((name) => ({ label: `counts.${name}` }))],
			range.byDay.map((day) => ({
				cells: [{ text: day.date }, ...COUNTS.map((name) => ({ value: day.totals[name],
					figure: `checkpoints.day.${day.date}.${name}` }))],
			})));
	const series = ['vehiclesInspected', 'vehiclesInbound', 'vehiclesTurnedBack', 'personsChecked', 'feverDetected'];
	chart($('chart-days'), {
		color: SERIES_COLOURS,
		tooltip: { trigger: 'axis' },
		legend: { top: 0, textStyle: { color: '#111' } },
		grid: { left: 48, right: 16, top: 56, bottom: 28 },
		xAxis: { type: 'category', data: range.byDay.map((day) => day.date), axisLabel: { color: '#111' } },
		yAxis: { type: 'value', axisLabel: { color: '#111' } },
		series: series.map((name, index) => ({
			name: t(`counts.${name}`),
			type: range.byDay.length > 1 ? 'line' : 'bar',
			symbol: ['circle', 'rect', 'triangle', 'diamond', 'pin'][index],
			data: range.byDay.map((day) => day.totals[name]),
		})),
	}, t('range.chart', { summary: series.map((name) => `${t(`counts.${name}`)} ${number(range.totals[name])}`)
		.join('，') }));
}

function renderQuarantine(summary) {
	const modes = ['HOME', 'CENTRALIZED', 'HOSPITAL'];
	figures(document.querySelector('[data-figures="quarantine"]'), 'quarantine', [
		{ name: 'underObservation', label: 'quarantine.underObservation', value: summary.underObservation },
		...modes.map((mode) => ({ name: `byMode.${mode}`, label: `quarantine.byMode.${mode}`,
			value: summary.byMode?.[mode] ?? 0 })),
		{ name: 'dueForRelease', label: 'quarantine.dueForRelease', value: summary.dueForRelease },
		{ name: 'feverLast24h', label: 'quarantine.feverLast24h', value: summary.feverLast24h,
			warn: summary.feverLast24h > 0 },
		{ name: 'suspected', label: 'quarantine.suspected', value: summary.suspected, warn: summary.suspected > 0 },
		{ name: 'confirmed', label: 'quarantine.confirmed', value: summary.confirmed, warn: summary.confirmed > 0 },
		{ name: 'transferred', label: 'quarantine.transferred', value: summary.transferred },
		{ name: 'released', label: 'quarantine.released', value: summary.released },
	]);
	chart($('chart-modes'), {
		color: SERIES_COLOURS,
		tooltip: {},
		grid: { left: 96, right: 24, top: 8, bottom: 24 },
		xAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#111' } },
		yAxis: { type: 'category', data: modes.map((mode) => t(`quarantine.byMode.${mode}`)),
			axisLabel: { color: '#111' } },
		series: [{ type: 'bar', data: modes.map((mode) => summary.byMode?.[mode] ?? 0), label: { show: true,
			position: 'right', color: '#111' } }],
	}, t('quarantine.chart', { summary: modes.map((mode) => `${t(`quarantine.byMode.${mode}`)} `
		+ number(summary.byMode?.[mode] ?? 0)).join('，') }));
}

function renderSupplies({ stock, donations, prices }) {
	const low = stock.filter((line) => line.lowStock);
	const alert = $('low-stock');
	alert.dataset.figure = 'supplies.lowStock';
	alert.dataset.value = String(low.length);
	alert.textContent = low.length === 0 ? ''
		: t('supplies.lowAlert', { count: low.length, items: low.map((line) => line.name ?? line.sku).join('、') });
	table($('stock'), [{ label: 'supplies.item' }, { label: 'supplies.unit' }, { label: 'supplies.ordered' },
		{ label: 'supplies.received' }, { label: 'supplies.issued' }, { label: 'supplies.onHand' }],
			stock.map((line) => ({
				className: line.lowStock ? 'low' : undefined,
				cells: [{ node: itemName(line) }, { text: line.unit ?? '' },
					...['ordered', 'received', 'issued', 'onHand'].map((name) => ({ value: line[name],
						figure: `supplies.stock.${line.sku}.${name}` }))],
			})));
	figures(document.querySelector('[data-figures="supplies.donations"]'), 'supplies.donations', [
		{ name: 'total', label: 'supplies.donations.total', value: donations.total, text: yuan(donations.total) },
		...['CASH', 'MEDICAL', 'OTHER'].map((kind) => ({ name: kind, label: `supplies.donations.${kind}`,
			value: donations.byKind?.[kind] ?? '0', text: yuan(donations.byKind?.[kind] ?? '0') })),
	]);
	table($('prices'), [{ label: 'supplies.commodity' }, { label: 'supplies.baseline' },
		{ label: 'supplies.latest' }, { label: 'supplies.change' }], prices.map((line) => ({
		cells: [{ text: line.unit ? `${line.commodity}（${line.unit}）` : line.commodity },
			{ text: yuan(line.baselinePriceYuan), value: line.baselinePriceYuan },
			{ text: yuan(line.latestPriceYuan), value: line.latestPriceYuan },
			{ node: change(line.changePercent), value: line.changePercent,
				figure: `supplies.price.${line.commodity}.changePercent` }],
	})));
}

function itemName(line) {
	const name = element('span', {}, line.name ?? line.sku);
	if (line.lowStock) {
		name.append(' ', element('span', { class: 'badge', 'data-i18n': 'supplies.low' }, t('supplies.low')));
	}
	return name;
}

/** A price change with its sign written out, not told by colour alone. */
function change(percent) {
	const value = Number(percent);
	const sign = value > 0 ? '▲ +' : value < 0 ? '▼ ' : '';
	return element('span', { class: value > 0 ? 'up' : value < 0 ? 'down' : undefined }, `${sign}${percent}%`);
}

function renderInspections(ledger) {
	figures(document.querySelector('[data-figures="inspections"]'), 'inspections', [
		{ name: 'found', label: 'inspections.found', value: ledger.found },
		{ name: 'rectified', label: 'inspections.rectified', value: ledger.rectified },
		{ name: 'inProgress', label: 'inspections.inProgress', value: ledger.inProgress },
		{ name: 'overdue', label: 'inspections.overdue', value: ledger.overdue, warn: ledger.overdue > 0 },
	]);
	const fields = ['found', 'rectified', 'inProgress', 'overdue'];
	table($('by-region'), [{ label: 'column.region' }, ...fields.map((name) => ({ label: `inspections.${name}` }))],
			ledger.byRegion.map((line) => ({
				className: line.overdue > 0 ? 'low' : undefined,
				cells: [{ text: line.region }, ...fields.map((name) => ({ value: line[name],
					figure: `inspections.region.${line.region}.${name}` }))],
			})));
	$('accountability').replaceChildren(...Object.entries(ledger.accountability ?? {}).map(([kind, count]) =>
		element('div', {}, element('dt', { 'data-i18n': `accountability.${kind}` }, t(`accountability.${kind}`)),
			element('dd', { 'data-figure': `inspections.accountability.${kind}`, 'data-value': count }, number(count)))));
}

function renderAll() {
	for (const view of VIEWS) {
		if (latest[view]) {
			RENDERERS[view](latest[view]);
		}
	}
}

// ---- filters, region list, bulletin link ----

function readUrl() {
	const query = new URLSearchParams(window.location.search);
	state.region = query.get('region') ?? '';
	state.from = validDate(query.get('from'));
	state.to = validDate(query.get('to'));
}

function validDate(text) {
	return /^\d{4}-\d{2}-\d{2}$/.test(text ?? '') ? text : '';
}

function writeUrl() {
	const query = new URLSearchParams(window.location.search);
	for (const [name, value] of Object.entries({ region: state.region, from: state.from, to: state.to })) {
		if (value) {
			query.set(name, value);
		}
		else {
			query.delete(name);
		}
	}
	window.history.replaceState(null, '', `${window.location.pathname}?${query}`);
}

function showFilters() {
	ensureRegionOption(state.region);
	$('region').value = state.region;
	$('from').value = state.from;
	$('to').value = state.to;
	$('bulletin').href = `/api/views/bulletin?date=${state.to}`;
	$('bulletin-date').textContent = state.to;
}

function ensureRegionOption(region) {
	const select = $('region');
	if (region && ![...select.options].some((option) => option.value === region)) {
		select.append(element('option', { value: region }, region));
	}
}

async function loadRegions() {
	const names = new Set();
	const [checkpoints, ledger] = await Promise.allSettled([getJson('/api/checkpoints'),
		getJson('/api/views/inspections/ledger')]);
	if (checkpoints.status === 'fulfilled') {
		checkpoints.value.forEach((checkpoint) => names.add(checkpoint.region));
	}
	if (ledger.status === 'fulfilled') {
		ledger.value.byRegion.forEach((line) => names.add(line.region));
	}
	[...names].filter(Boolean).sort((a, b) => a.localeCompare(b, 'zh-CN')).forEach(ensureRegionOption);
	$('region').value = state.region;
}

function filtersChanged() {
	const from = $('from').value;
	const to = $('to').value;
	if (!from || !to || from > to) {
		$('filter-error').textContent = t('filters.invalid');
		return;
	}
	$('filter-error').textContent = '';
	state.region = $('region').value;
	state.from = from;
	state.to = to;
	writeUrl();
	showFilters();
	VIEWS.filter((view) => view !== 'supplies').forEach(schedule);
}

// ---- who is here, and what they may change ----

function showCaller(me) {
	state.roles = me.roles ?? [];
	$('who').textContent = t('who', { name: me.name, roles: state.roles.join(', ') });
	$('who').dataset.roles = state.roles.join(',');
	$('admin').hidden = !state.roles.includes('admin');
}

async function rebuild() {
	const button = $('rebuild');
	const status = $('rebuild-status');
	const progress = $('rebuild-progress');
	button.disabled = true;
	try {
		const answer = await post('/api/admin/views/rebuild');
		if (answer.status === 409) {
			status.textContent = t('admin.busy');
			return;
		}
		if (!answer.ok) {
			throw new HttpError(answer.status, 'rebuild');
		}
		const { rebuildId } = await answer.json();
		progress.hidden = false;
		status.dataset.state = 'RUNNING';
		for (;;) {
			const run = await getJson(`/api/admin/views/rebuild/${encodeURIComponent(rebuildId)}`);
			progress.max = Math.max(run.eventsTotal ?? 0, 1);
			progress.value = run.eventsApplied ?? 0;
			status.dataset.state = run.state;
			if (run.state === 'DONE') {
				status.textContent = t('admin.done', { applied: number(run.eventsApplied ?? 0) });
				return;
			}
			if (run.state === 'FAILED') {
				status.textContent = t('admin.failed');
				return;
			}
			status.textContent = t('admin.running', { applied: number(run.eventsApplied ?? 0),
				total: number(run.eventsTotal ?? 0) });
			await new Promise((resolve) => setTimeout(resolve, 1000));
		}
	}
	catch (error) {
		status.dataset.state = 'FAILED';
		status.textContent = t('admin.failed');
	}
	finally {
		button.disabled = false;
	}
}

async function logout() {
	try {
		await post('/logout', { redirect: 'manual' });
	}
	finally {
		window.location.assign('/login?logout');
	}
}

// ---- the live stream ----

function showStreamState(streamState) {
	$('stream-status').dataset.streamState = streamState;
	$('stream-text').dataset.i18n = `stream.${streamState}`;
	$('stream-text').textContent = t(`stream.${streamState}`);
	if (streamState === 'live') {
		// reads that failed while the connection was away are made again now
		[...failed].forEach(schedule);
	}
}

function onStreamEvent(name, data) {
	let view = name;
	if (name === 'snapshot') {
		try {
			view = JSON.parse(data).view;
		}
		catch (ignored) {
			view = null;
		}
	}
	if (VIEWS.includes(view)) {
		schedule(view);
	}
}

// ---- start ----

function showLanguage() {
	const button = $('language');
	const other = language() === 'en' ? 'zh-CN' : 'en';
	button.textContent = t('language.switch');
	button.lang = other;
}

async function start() {
	translate(document);
	showLanguage();
	$('language').addEventListener('click', () => {
		setLanguage(language() === 'en' ? 'zh-CN' : 'en');
		showLanguage();
		if (state.roles.length) {
			$('who').textContent = t('who', { name: $('who').dataset.name, roles: state.roles.join(', ') });
		}
		renderAll();
	});
	$('logout').addEventListener('click', logout);
	$('rebuild').addEventListener('click', rebuild);
	$('filters').addEventListener('submit', (event) => event.preventDefault());
	for (const id of ['region', 'from', 'to']) {
		$(id).addEventListener('change', filtersChanged);
	}
	window.addEventListener('resize', resizeCharts);

	const me = await getJson('/api/me');
	$('who').dataset.name = me.name;
	showCaller(me);
	if (!state.roles.some((role) => READERS.has(role))) {
		showNotice('notice.forbidden');
		showStreamState('stopped');
		return;
	}
	readUrl();
	if (!state.from || !state.to) {
		// the platform's today, in its time zone: the summary's default day
		const today = await getJson('/api/views/checkpoints/summary');
		state.from = state.from || today.from;
		state.to = state.to || today.from;
	}
	showFilters();
	loadRegions();
	VIEWS.forEach(load);
	new LiveStream('/api/stream?views=' + VIEWS.join(','), {
		onEvent: onStreamEvent,
		onState: showStreamState,
		onUnauthenticated: toLogin,
		onForbidden: () => showNotice('notice.forbidden'),
	}).start();
	document.body.dataset.ready = 'true';
}

start().catch((error) => {
	if (!(error instanceof HttpError && error.status === 401)) {
		showNotice('notice.failed');
	}
});
