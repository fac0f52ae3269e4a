// Live updates: a public page learns of a new publication and updates itself without a reload.
// Any page with an element carrying data-version (the data version it shows: <main> on the layout's
// pages, <body> on embeds), a <main id="main"> and the polite live region #live-status takes part;
// elements with an id and data-live-part are swapped along with <main>. It polls the
// tiny version resource with a conditional request (304 until an upload commits; a CDN may answer it
// too), with jitter so that open pages do not ask all at once, and when the version moved it fetches
// the page again and swaps the content of <main>, keeping the reader's scroll position and focus,
// then announces the change in the polite live region. Without JavaScript the page is as before.
(function () {
	'use strict';

	var main = document.getElementById('main');
	var status = document.getElementById('live-status');
	var holder = document.querySelector('main[data-version]') || document.querySelector('[data-version]');
	if (!main || !status || !holder || !window.fetch || !window.DOMParser) {
		return;
	}
	var shown = Number(holder.getAttribute('data-version'));
	var interval = Number(status.getAttribute('data-interval')) || 15000;
	var versionUrl = '/api/version';
	var hideNote = 0;

	function nextDelay() {
		// 0.7 to 1.3 times the interval.
		return interval * (0.7 + Math.random() * 0.6);
	}

	function schedule() {
		window.setTimeout(check, nextDelay());
	}

	function check() {
		if (document.hidden) {
			// A hidden tab asks when it is seen again.
			document.addEventListener('visibilitychange', onVisible);
			return;
		}
		fetch(versionUrl, { cache: 'no-cache', credentials: 'same-origin', headers: { Accept: 'application/json' } })
			.then(function (response) { return response.ok ? response.json() : null; })
			.then(function (version) {
				if (version && version.dataVersion > shown) {
					return refresh(version);
				}
			})
			.catch(function () { /* the next poll tries again */ })
			.then(schedule);
	}

	function onVisible() {
		if (!document.hidden) {
			document.removeEventListener('visibilitychange', onVisible);
			check();
		}
	}

	function refresh(version) {
		return fetch(window.location.href, { cache: 'no-cache', credentials: 'same-origin', headers: { Accept: 'text/html' } })
			.then(function (response) { return response.ok ? response.text() : null; })
			.then(function (html) {
				if (html === null) {
					return;
				}
				var page = new DOMParser().parseFromString(html, 'text/html');
				var fresh = page.getElementById('main');
				var freshHolder = page.querySelector('main[data-version]') || page.querySelector('[data-version]');
				// A cache may still answer with the previous version: keep what is shown, ask again later.
				if (!fresh || !freshHolder || Number(freshHolder.getAttribute('data-version')) <= shown) {
					return;
				}
				swap(fresh, page);
				shown = Number(freshHolder.getAttribute('data-version'));
				holder.setAttribute('data-version', String(shown));
				announce(version);
			});
	}

	function swap(fresh, page) {
		var x = window.scrollX;
		var y = window.scrollY;
		var focused = document.activeElement;
		var focusedId = (focused && main.contains(focused)) ? focused.id : null;
		main.innerHTML = fresh.innerHTML;
		Array.prototype.forEach.call(document.querySelectorAll('[data-live-part][id]'), function (part) {
			var freshPart = page.getElementById(part.id);
			if (freshPart) {
				part.innerHTML = freshPart.innerHTML;
			}
		});
		if (page.title) {
			document.title = page.title;
		}
		window.scrollTo(x, y);
		if (focusedId && document.getElementById(focusedId)) {
			document.getElementById(focusedId).focus({ preventScroll: true });
		}
	}

	function announce(version) {
		var when = version.updatedAt ? new Date(version.updatedAt) : new Date();
		// In Bolivia's time, as every time on the pages.
		var time = when.toLocaleTimeString(document.documentElement.lang || undefined,
			{ hour: '2-digit', minute: '2-digit', timeZone: 'America/La_Paz' });
		// Emptied first so that the same words said twice are announced twice.
		status.textContent = '';
		window.clearTimeout(hideNote);
		window.setTimeout(function () {
			status.textContent = (status.getAttribute('data-updated') || '').replace('{0}', time);
			// The note goes after a while; it has been announced, and the page says when it was updated.
			hideNote = window.setTimeout(function () { status.textContent = ''; }, 20000);
		}, 100);
	}

	schedule();
})();
