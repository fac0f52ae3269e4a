// Keeps the footer's "last publication N minutes ago" true while the page stays open (and when a
// cached copy of the page is served later): the server's text is the fallback without JavaScript.
(function () {
	var age = document.querySelector('.heartbeat .age');
	if (!age) {
		return;
	}
	var since = Number(age.getAttribute('data-since'));
	function show() {
		var minutes = Math.max(0, Math.floor((Date.now() - since) / 60000));
		age.textContent = minutes === 0 ? age.getAttribute('data-zero')
			: minutes === 1 ? age.getAttribute('data-one')
				: age.getAttribute('data-many').replace('{0}', minutes.toLocaleString(document.documentElement.lang));
	}
	show();
	setInterval(show, 30000);
}());
