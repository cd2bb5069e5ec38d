// Reads and writes of the dashboard through the gateway, with the session cookie. A write
// carries the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header (ADR 0018); an ended
// session sends the browser back to the login form.

/** An answer other than 2xx. */
export class HttpError extends Error {
	constructor(status, path) {
		super(`${path} answered ${status}`);
		this.status = status;
	}
}

/** Sends the browser to the login form, to come back here afterwards. */
export function toLogin() {
	const here = window.location.pathname + window.location.search;
	window.location.assign('/login?continue=' + encodeURIComponent(here));
}

/** GET of a JSON resource. */
export async function getJson(path) {
	const answer = await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
	if (answer.status === 401) {
		toLogin();
	}
	if (!answer.ok) {
		throw new HttpError(answer.status, path);
	}
	return answer.json();
}

/** The CSRF token the gateway gave this browser, from its cookie. */
export function csrfToken() {
	const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
	return match ? decodeURIComponent(match[1]) : '';
}

/** POST without a body, as a logged-in person, with the CSRF token. */
export async function post(path, options = {}) {
	return fetch(path, {
		method: 'POST',
		headers: { Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken() },
		credentials: 'same-origin',
		...options,
	});
}
