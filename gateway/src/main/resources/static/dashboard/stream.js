// The live stream read with fetch() rather than EventSource, so that the page decides how
// to reconnect: it sends Last-Event-ID itself (the id of the last event it handled), shows
// its state while it reconnects, backs off from one second to fifteen, and gives up a
// connection that has been silent for longer than three heartbeats.

const SILENT_FOR_TOO_LONG_MS = 45000;
const FIRST_RETRY_MS = 1000;
const LONGEST_RETRY_MS = 15000;

/**
 * Follows /api/stream and hands each event to onEvent(name, data, id). onState(state) is
 * told 'connecting', 'live', 'reconnecting' or 'stopped'. onUnauthenticated() is called
 * when the session is over, onForbidden() when the caller may not read the stream.
 */
export class LiveStream {
	constructor(url, { onEvent, onState, onUnauthenticated, onForbidden }) {
		this.url = url;
		this.onEvent = onEvent;
		this.onState = onState;
		this.onUnauthenticated = onUnauthenticated;
		this.onForbidden = onForbidden;
		this.lastEventId = null;
		this.retryMs = FIRST_RETRY_MS;
		this.stopped = false;
	}

	start() {
		this.onState('connecting');
		this.connect();
	}

	stop() {
		this.stopped = true;
		if (this.controller) {
			this.controller.abort();
		}
	}

	async connect() {
		this.controller = new AbortController();
		const headers = { Accept: 'text/event-stream' };
		if (this.lastEventId !== null) {
			headers['Last-Event-ID'] = this.lastEventId;
		}
		let watchdog = null;
		const restartWatchdog = () => {
			clearTimeout(watchdog);
			watchdog = setTimeout(() => this.controller.abort(), SILENT_FOR_TOO_LONG_MS);
		};
		try {
			restartWatchdog();
			const answer = await fetch(this.url, {
				headers,
				credentials: 'same-origin',
				cache: 'no-store',
				signal: this.controller.signal,
			});
			if (answer.status === 401) {
				this.stopped = true;
				this.onUnauthenticated();
				return;
			}
			if (answer.status === 403) {
				this.stopped = true;
				this.onState('stopped');
				this.onForbidden();
				return;
			}
			if (!answer.ok || !answer.body) {
				throw new Error('the stream answered ' + answer.status);
			}
			this.onState('live');
			this.retryMs = FIRST_RETRY_MS;
			await this.read(answer.body.getReader(), restartWatchdog);
		}
		catch (ignored) {
			// a broken connection, a network error or the watchdog: reconnect below
		}
		finally {
			clearTimeout(watchdog);
		}
		if (!this.stopped) {
			this.onState('reconnecting');
			const wait = this.retryMs * (0.75 + Math.random() * 0.5);
			this.retryMs = Math.min(this.retryMs * 2, LONGEST_RETRY_MS);
			setTimeout(() => this.connect(), wait);
		}
	}

	async read(reader, restartWatchdog) {
		const decoder = new TextDecoder();
		const parser = new EventParser((name, data, id) => {
			if (id !== null) {
				this.lastEventId = id;
			}
			this.onEvent(name, data, id);
		});
		for (;;) {
			const { value, done } = await reader.read();
			if (done) {
				parser.push(decoder.decode());
				return;
			}
			restartWatchdog();
			parser.push(decoder.decode(value, { stream: true }));
		}
	}
}

/**
 * The text/event-stream format of the HTML standard: lines ending in CR, LF or CRLF;
 * 'event', 'data' (joined by line feeds), 'id'; comments (':' first) ignored; an event is
 * dispatched at a blank line when it has data.
 */
export class EventParser {
	constructor(dispatch) {
		this.dispatch = dispatch;
		this.buffer = '';
		this.reset();
	}

	reset() {
		this.name = '';
		this.data = [];
		this.id = null;
	}

	push(text) {
		this.buffer += text;
		for (;;) {
			const end = this.buffer.search(/\r\n|\r|\n/);
			if (end < 0) {
				return;
			}
			// a CR at the very end may be the first half of a CRLF still on its way
			if (this.buffer[end] === '\r' && end === this.buffer.length - 1) {
				return;
			}
			const line = this.buffer.slice(0, end);
			const length = this.buffer.startsWith('\r\n', end) ? 2 : 1;
			this.buffer = this.buffer.slice(end + length);
			this.line(line);
		}
	}

	line(line) {
		if (line === '') {
			if (this.data.length > 0) {
				this.dispatch(this.name || 'message', this.data.join('\n'), this.id);
			}
			this.reset();
			return;
		}
		if (line.startsWith(':')) {
			return;
		}
		const colon = line.indexOf(':');
		const field = colon < 0 ? line : line.slice(0, colon);
		let value = colon < 0 ? '' : line.slice(colon + 1);
		if (value.startsWith(' ')) {
			value = value.slice(1);
		}
		if (field === 'event') {
			this.name = value;
		}
		else if (field === 'data') {
			this.data.push(value);
		}
		else if (field === 'id' && !value.includes('\u0000')) {
			this.id = value;
		}
	}
}
