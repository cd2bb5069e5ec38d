// The dashboard's words in Chinese (the default) and English. The chosen language is kept
// in localStorage and set on <html lang>, so screen readers pronounce the page rightly.

const STORAGE_KEY = 'cordon.dashboard.language';

const WORDS = {
	'zh-CN': {
		'page.title': '指挥看板 · Cordon 防控指挥平台',
		'skip': '跳到主要内容',
		'heading': '疫情防控指挥看板',
		'language.switch': 'English',
		'language.hint': '切换界面语言',
		'logout': '退出登录',
		'who': '当前用户：{name}（{roles}）',
		'stream.connecting': '连接中…',
		'stream.live': '实时更新',
		'stream.reconnecting': '重新连接中…',
		'stream.stopped': '实时更新不可用',
		'updated': '更新于 {time}',
		'filters.label': '筛选',
		'filters.region': '区域',
		'filters.wholeCity': '全市',
		'filters.from': '开始日期',
		'filters.to': '结束日期',
		'filters.invalid': '开始日期不能晚于结束日期。',
		'bulletin': '当日日报',
		'admin.heading': '管理',
		'admin.rebuild': '重建视图',
		'admin.progress': '重建进度',
		'admin.running': '重建中：{applied} / {total} 条事件',
		'admin.done': '重建完成：{applied} 条事件',
		'admin.failed': '重建失败',
		'admin.busy': '已有重建正在进行。',
		'notice.forbidden': '您的角色无权查看这些视图。',
		'notice.failed': '部分数据暂时无法读取，将自动重试。',
		'today.heading': '今日卡口',
		'range.heading': '所选日期卡口',
		'range.byCheckpoint': '按卡口',
		'range.byDay': '按日',
		'range.byDayTable': '按日明细表',
		'range.chart': '按日趋势图：{summary}',
		'column.checkpoint': '卡口',
		'column.region': '区域',
		'column.date': '日期',
		'counts.vehiclesInspected': '检查车辆',
		'counts.vehiclesInbound': '入城车辆',
		'counts.vehiclesTurnedBack': '劝返车辆',
		'counts.personsChecked': '检查人员',
		'counts.personsInbound': '入城人员',
		'counts.personsTurnedBack': '劝返人员',
		'counts.trains': '列车',
		'counts.trainPassengersArrived': '到站旅客',
		'counts.feverDetected': '发热',
		'quarantine.heading': '隔离观察',
		'quarantine.underObservation': '在观察',
		'quarantine.byMode.HOME': '居家隔离',
		'quarantine.byMode.CENTRALIZED': '集中隔离',
		'quarantine.byMode.HOSPITAL': '医院隔离',
		'quarantine.dueForRelease': '待解除',
		'quarantine.feverLast24h': '24小时发热',
		'quarantine.suspected': '疑似',
		'quarantine.confirmed': '确诊',
		'quarantine.transferred': '转院',
		'quarantine.released': '已解除',
		'quarantine.chart': '在观察人数按隔离方式：{summary}',
		'inspections.heading': '督查整改',
		'inspections.found': '发现问题',
		'inspections.rectified': '已整改',
		'inspections.inProgress': '整改中',
		'inspections.overdue': '逾期',
		'inspections.byRegion': '按区域',
		'inspections.accountability': '问责',
		'accountability.DISMISSAL': '免职',
		'accountability.ADMONITION_TALK': '诫勉谈话',
		'accountability.REMINDER_TALK': '提醒谈话',
		'accountability.PUBLIC_CRITICISM': '通报批评',
		'accountability.DISCIPLINARY_SANCTION': '党纪政务处分',
		'accountability.ORGANISATIONAL_HANDLING': '组织处理',
		'supplies.heading': '物资保障',
		'supplies.cityWide': '（全市）',
		'supplies.stock': '库存与阈值',
		'supplies.item': '物资',
		'supplies.unit': '单位',
		'supplies.ordered': '订购',
		'supplies.received': '到货',
		'supplies.issued': '发放',
		'supplies.onHand': '库存',
		'supplies.low': '低于阈值',
		'supplies.lowAlert': '{count} 种物资库存低于阈值：{items}',
		'supplies.donations': '捐赠',
		'supplies.donations.total': '捐赠合计（元）',
		'supplies.donations.CASH': '现金（元）',
		'supplies.donations.MEDICAL': '医疗物资（元）',
		'supplies.donations.OTHER': '其他（元）',
		'supplies.prices': '物价变化',
		'supplies.commodity': '商品',
		'supplies.baseline': '基准价（元）',
		'supplies.latest': '最新价（元）',
		'supplies.change': '涨跌',
		'empty': '暂无数据',
	},
	en: {
		'page.title': 'Command dashboard · Cordon',
		'skip': 'Skip to the main content',
		'heading': 'Epidemic-prevention command dashboard',
		'language.switch': '中文',
		'language.hint': 'Switch the language of the page',
		'logout': 'Log out',
		'who': 'Logged in as {name} ({roles})',
		'stream.connecting': 'Connecting…',
		'stream.live': 'Live',
		'stream.reconnecting': 'Reconnecting…',
		'stream.stopped': 'Live updates unavailable',
		'updated': 'updated {time}',
		'filters.label': 'Filters',
		'filters.region': 'Region',
		'filters.wholeCity': 'Whole city',
		'filters.from': 'From',
		'filters.to': 'To',
		'filters.invalid': 'The first day must not be after the last day.',
		'bulletin': 'Daily bulletin',
		'admin.heading': 'Administration',
		'admin.rebuild': 'Rebuild views',
		'admin.progress': 'Rebuild progress',
		'admin.running': 'Rebuilding: {applied} of {total} events',
		'admin.done': 'Rebuilt from {applied} events',
		'admin.failed': 'The rebuild failed',
		'admin.busy': 'A rebuild is already running.',
		'notice.forbidden': 'Your role may not read these views.',
		'notice.failed': 'Some figures cannot be read just now; retrying.',
		'today.heading': 'Checkpoints today',
		'range.heading': 'Checkpoints in the chosen days',
		'range.byCheckpoint': 'By checkpoint',
		'range.byDay': 'By day',
		'range.byDayTable': 'Table by day',
		'range.chart': 'Chart by day: {summary}',
		'column.checkpoint': 'Checkpoint',
		'column.region': 'Region',
		'column.date': 'Date',
		'counts.vehiclesInspected': 'Vehicles inspected',
		'counts.vehiclesInbound': 'Vehicles inbound',
		'counts.vehiclesTurnedBack': 'Vehicles turned back',
		'counts.personsChecked': 'Persons checked',
		'counts.personsInbound': 'Persons inbound',
		'counts.personsTurnedBack': 'Persons turned back',
		'counts.trains': 'Trains',
		'counts.trainPassengersArrived': 'Train passengers',
		'counts.feverDetected': 'Fevers',
		'quarantine.heading': 'Quarantine',
		'quarantine.underObservation': 'Under observation',
		'quarantine.byMode.HOME': 'At home',
		'quarantine.byMode.CENTRALIZED': 'Centralized',
		'quarantine.byMode.HOSPITAL': 'In hospital',
		'quarantine.dueForRelease': 'Due for release',
		'quarantine.feverLast24h': 'Fevers, 24 h',
		'quarantine.suspected': 'Suspected',
		'quarantine.confirmed': 'Confirmed',
		'quarantine.transferred': 'Transferred',
		'quarantine.released': 'Released',
		'quarantine.chart': 'Under observation by mode: {summary}',
		'inspections.heading': 'Inspections',
		'inspections.found': 'Found',
		'inspections.rectified': 'Rectified',
		'inspections.inProgress': 'In progress',
		'inspections.overdue': 'Overdue',
		'inspections.byRegion': 'By region',
		'inspections.accountability': 'Accountability',
		'accountability.DISMISSAL': 'Dismissal',
		'accountability.ADMONITION_TALK': 'Admonition talk',
		'accountability.REMINDER_TALK': 'Reminder talk',
		'accountability.PUBLIC_CRITICISM': 'Public criticism',
		'accountability.DISCIPLINARY_SANCTION': 'Disciplinary sanction',
		'accountability.ORGANISATIONAL_HANDLING': 'Organisational handling',
		'supplies.heading': 'Supplies',
		'supplies.cityWide': '(whole city)',
		'supplies.stock': 'Stock against thresholds',
		'supplies.item': 'Item',
		'supplies.unit': 'Unit',
		'supplies.ordered': 'Ordered',
		'supplies.received': 'Received',
		'supplies.issued': 'Issued',
		'supplies.onHand': 'On hand',
		'supplies.low': 'Below threshold',
		'supplies.lowAlert': '{count} items below their threshold: {items}',
		'supplies.donations': 'Donations',
		'supplies.donations.total': 'Donations, total (yuan)',
		'supplies.donations.CASH': 'Cash (yuan)',
		'supplies.donations.MEDICAL': 'Medical (yuan)',
		'supplies.donations.OTHER': 'Other (yuan)',
		'supplies.prices': 'Price changes',
		'supplies.commodity': 'Commodity',
		'supplies.baseline': 'Baseline (yuan)',
		'supplies.latest': 'Latest (yuan)',
		'supplies.change': 'Change',
		'empty': 'No data yet',
	},
};

let current = initialLanguage();

function initialLanguage() {
	const asked = new URLSearchParams(window.location.search).get('lang');
	if (asked && WORDS[asked]) {
		return asked;
	}
	try {
		const stored = window.localStorage.getItem(STORAGE_KEY);
		if (stored && WORDS[stored]) {
			return stored;
		}
	}
	catch (ignored) {
		// storage may be unavailable (private mode): Chinese, as by default
	}
	return 'zh-CN';
}

/** The language in use: 'zh-CN' or 'en'. */
export function language() {
	return current;
}

/** The word for a key, with {placeholders} filled in. */
export function t(key, values = {}) {
	const text = WORDS[current][key] ?? WORDS['zh-CN'][key] ?? key;
	return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/** Formats a whole number for the language in use. */
export function number(value) {
	return new Intl.NumberFormat(current).format(value);
}

/** Switches the language, keeps the choice and translates every marked element. */
export function setLanguage(next) {
	current = WORDS[next] ? next : 'zh-CN';
	try {
		window.localStorage.setItem(STORAGE_KEY, current);
	}
	catch (ignored) {
		// the choice then lasts for this page only
	}
	translate(document);
}

/** Writes the words of the language in use into every element marked data-i18n. */
export function translate(root) {
	document.documentElement.lang = current;
	for (const element of root.querySelectorAll('[data-i18n]')) {
		element.textContent = t(element.dataset.i18n);
	}
	for (const element of root.querySelectorAll('[data-i18n-aria-label]')) {
		element.setAttribute('aria-label', t(element.dataset.i18nAriaLabel));
	}
	document.title = t('page.title');
}
