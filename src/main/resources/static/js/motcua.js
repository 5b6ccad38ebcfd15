// The pages' few behaviours, in one file: the Content-Security-Policy allows no script in the pages themselves.
// Each part looks for its element and does nothing on pages without it.
document.addEventListener('DOMContentLoaded', function () {
  // Online application: focus the error summary so a screen reader announces it.
  document.getElementById('wizard-errors')?.focus();

  // Online application: warn before uploading a file that is too large.
  document.querySelectorAll('input[type=file][data-max-bytes]').forEach(function (input) {
    input.addEventListener('change', function () {
      var f = input.files[0];
      input.setCustomValidity(f && f.size > Number(input.dataset.maxBytes) ? input.dataset.tooLarge : '');
      input.reportValidity();
    });
  });

  // Confirmation of an online application: copy the dossier's reference.
  document.getElementById('copy-reference')?.addEventListener('click', function (e) {
    navigator.clipboard?.writeText(document.getElementById('dossier-reference').textContent.trim())
      .then(function () { e.target.textContent = e.target.dataset.copied; });
  });

  // Return counter: the code box selects its text when focused, so a scan replaces the last code.
  document.querySelectorAll('input[data-select-on-focus]').forEach(function (input) {
    input.addEventListener('focus', function () { input.select(); });
  });
});
