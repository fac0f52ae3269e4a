// Progressive enhancement of the upload form (/admin/uploads): sends the file with XMLHttpRequest to
// show the bytes sent, then follows the server's stages until the report is ready. Without
// JavaScript, or if anything here fails, the form posts as usual and the report page follows.
(function () {
	'use strict';
	var form = document.getElementById('upload-form');
	var panel = document.getElementById('upload-progress');
	if (!form || !panel || !window.XMLHttpRequest || !window.FormData || !window.fetch) {
		return;
	}
	var bar = document.getElementById('upload-bytes');
	var bytesText = document.getElementById('upload-bytes-text');
	var stages = document.getElementById('upload-stages');
	var rows = stages.querySelector('[data-rows]');
	var failed = document.getElementById('upload-failed');
	var order = ['SENDING', 'READING', 'STAGING', 'MERGING', 'AGGREGATES', 'COMMITTING'];
	var language = document.documentElement.lang || undefined;
	var submitting = false;

	function fill(template, values) {
		return template.replace(/\{(\d+)\}/g, function (match, index) {
			return values[Number(index)];
		});
	}

	function megabytes(bytes) {
		return (bytes / 1048576).toLocaleString(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
	}

	function show(stage) {
		var current = order.indexOf(stage);
		stages.querySelectorAll('li[data-stage]').forEach(function (item) {
			var index = order.indexOf(item.getAttribute('data-stage'));
			item.classList.toggle('done', index < current || stage === 'DONE');
			item.classList.toggle('current', index === current);
			if (index === current) {
				item.setAttribute('aria-current', 'step');
			}
			else {
				item.removeAttribute('aria-current');
			}
		});
	}

	function follow(progressUrl, reportUrl) {
		fetch(progressUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
			.then(function (response) {
				if (!response.ok) {
					throw new Error('HTTP ' + response.status);
				}
				return response.json();
			})
			.then(function (progress) {
				show(progress.stage);
				rows.textContent = fill(rows.getAttribute('data-template'), [progress.rows.toLocaleString(language)]);
				if (progress.stage === 'DONE') {
					if (progress.failed) {
						failed.hidden = false;
						form.querySelector('button[type=submit]').disabled = false;
						submitting = false;
					}
					else {
						window.location.assign(reportUrl);
					}
					return;
				}
				window.setTimeout(function () { follow(progressUrl, reportUrl); }, 300);
			})
			.catch(function () {
				window.setTimeout(function () { follow(progressUrl, reportUrl); }, 1000);
			});
	}

	form.addEventListener('submit', function (event) {
		if (submitting) {
			return;
		}
		event.preventDefault();
		submitting = true;
		var request = new XMLHttpRequest();
		request.open('POST', form.action);
		request.setRequestHeader('Prefer', 'respond-async');
		request.setRequestHeader('Accept', 'application/json');
		request.upload.addEventListener('progress', function (progress) {
			if (progress.lengthComputable) {
				bar.max = progress.total;
				bar.value = progress.loaded;
				bytesText.textContent = fill(bytesText.getAttribute('data-template'),
					[megabytes(progress.loaded), megabytes(progress.total)]);
			}
		});
		request.addEventListener('load', function () {
			if (request.status === 202) {
				var answer = JSON.parse(request.responseText);
				bar.value = bar.max;
				show('READING');
				follow(answer.progress, answer.report);
			}
			else {
				// The server's answer is a page (too large, signed out...): let the browser show it.
				form.submit();
			}
		});
		request.addEventListener('error', function () {
			form.submit();
		});
		failed.hidden = true;
		panel.hidden = false;
		show('SENDING');
		form.querySelector('button[type=submit]').disabled = true;
		request.send(new FormData(form));
	});
}());
