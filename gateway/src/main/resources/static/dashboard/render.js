// Writes the views into the page. Every figure carries a stable hook for tests and tools:
// data-figure="<name>" with its raw value in data-value (ADR 0020 lists the names).

import { number, t } from './i18n.js';

export const COUNTS = ['vehiclesInspected', 'vehiclesInbound', 'vehiclesTurnedBack', 'personsChecked',
	'personsInbound', 'personsTurnedBack', 'trains', 'trainPassengersArrived', 'feverDetected'];

/** Creates an element with attributes and children (strings become text). */
export function element(tag, attributes = {}, ...children) {
	const created = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) {
		if (value !== undefined && value !== null && value !== false) {
			created.setAttribute(name, value === true ? '' : String(value));
		}
	}
	for (const child of children) {
		created.append(child instanceof Node ? child : document.createTextNode(String(child)));
	}
	return created;
}

/**
 * Fills a figures block: one <dl class="figure"> per figure, its label translated by key.
 * @param container the block
 * @param prefix the figure names' prefix, e.g. "checkpoints.today"
 * @param figures [{name, label, value, warn, text}] where text, when given, is shown
 */
export function figures(container, prefix, items) {
	container.replaceChildren(...items.map((item) => {
		const shown = item.text ?? number(item.value ?? 0);
		return element('dl', { class: item.warn ? 'figure warn' : 'figure' },
			element('dt', { 'data-i18n': item.label }, t(item.label)),
			element('dd', { 'data-figure': `${prefix}.${item.name}`, 'data-value': item.value ?? 0 }, shown));
	}));
}

/**
 * Fills a table: a header row of translated column labels, then the rows.
 * @param table the <table> (its caption is kept)
 * @param columns [{label, numeric}]
 * @param rows [{cells: [{text, figure, value}], className}]
 */
export function table(table, columns, rows) {
	const caption = table.querySelector('caption');
	const head = element('thead', {}, element('tr', {},
		...columns.map((column) => element('th', { scope: 'col', 'data-i18n': column.label }, t(column.label)))));
	const body = element('tbody');
	if (rows.length === 0) {
		body.append(element('tr', {}, element('td', { colspan: columns.length, 'data-i18n': 'empty' }, t('empty'))));
	}
	for (const row of rows) {
		const cells = row.cells.map((cell, index) => element(index === 0 ? 'th' : 'td',
			{ scope: index === 0 ? 'row' : undefined, 'data-figure': cell.figure, 'data-value': cell.value },
			cell.node ?? cell.text ?? number(cell.value ?? 0)));
		body.append(element('tr', { class: row.className }, ...cells));
	}
	table.replaceChildren(...(caption ? [caption] : []), head, body);
}

/** The checkpoint totals as figure items. */
export function countItems(totals) {
	return COUNTS.map((name) => ({ name, label: `counts.${name}`, value: totals?.[name] ?? 0,
		warn: name === 'feverDetected' && (totals?.[name] ?? 0) > 0 }));
}

/** A decimal string of yuan with its whole part grouped, as given otherwise (exact). */
export function yuan(decimal) {
	const [whole, fraction] = String(decimal ?? '0').split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return fraction ? `${grouped}.${fraction}` : grouped;
}

const charts = new Map();

/**
 * Draws (or redraws) an ECharts chart in a container that also carries a text
 * description for screen readers; the tables beside the charts hold the same numbers.
 */
export function chart(container, option, description) {
	container.setAttribute('aria-label', description);
	if (!window.echarts) {
		return;
	}
	let drawn = charts.get(container);
	if (!drawn) {
		drawn = window.echarts.init(container, null, { renderer: 'canvas' });
		charts.set(container, drawn);
	}
	drawn.setOption({ animation: false, textStyle: { fontSize: 13, color: '#111' }, ...option }, true);
}

/** Fits every chart to its container again, after the window changed size. */
export function resizeCharts() {
	for (const drawn of charts.values()) {
		drawn.resize();
	}
}

/** Colours with at least 3:1 against white, told apart by more than hue. */
export const SERIES_COLOURS = ['#0b4f8a', '#b45309', '#a4161a', '#0a6b2c', '#5b21b6'];
