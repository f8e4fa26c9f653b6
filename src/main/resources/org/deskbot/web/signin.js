'use strict';

(() => {
  const form = document.getElementById('sign-in');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await deskbot.api('POST', '/api/sign-in', { user: form.elements.user.value, password: form.elements.password.value });
      // back to the page that asked for the sign-in (a dashboard page, a week's report)
      window.location.assign(window.location.pathname + window.location.search);
    } catch (e) {
      form.elements.password.value = '';
      form.elements.password.focus();
      deskbot.announce('Sign-in failed: ' + e.message);
    }
  });
})();
