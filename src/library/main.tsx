import { render } from 'preact';

render(
  <main>
    <h1>Handoff</h1>
  </main>,
  document.getElementById('app')!,
);
