/**
 * Decisions and troubleshooting end to end: a short recording, then in the editor (by role and
 * name) a decision on step 2 whose "otherwise" leads to step 3, that step moved up (the link
 * follows it), a troubleshooting entry and an access item marked "sent separately"; the HTML
 * download shows the decision with the step number linked to its step, and both sections.
 */
import { describe, expect, it } from 'vitest';
import { humanClick } from './support/clicks';
import { downloadExport } from './support/exports';
import { freshExtensionPerTest } from './support/fresh-extension';
import { openPopup, startRecording, stopRecording } from './support/popup';
import { waitForStepCount } from './support/waits';

describe('decisions and troubleshooting', () => {
  const setup = freshExtensionPerTest();

  it('are edited in the editor and reach the HTML export, the link following its step', async () => {
    const { context, extensionId } = setup.ext();
    const page = await context.newPage();
    await page.goto(setup.server().url('signin/'));
    const popup = await openPopup(context, extensionId);
    await startRecording(popup, page);
    const remember = page.getByLabel('Keep me signed in', { exact: true });
    await humanClick(remember);
    await waitForStepCount(popup, 2);
    await humanClick(remember);
    // Go to the page, tick, untick.
    await waitForStepCount(popup, 3);
    const editor = await stopRecording(popup, context);

    // Step 2: "Do step 2 only if this is your own computer; if not, go to step 3".
    await editor.getByRole('button', { name: 'More for step 2' }).click();
    await editor.getByRole('button', { name: 'Add a decision to step 2' }).click();
    await editor.getByRole('textbox', { name: 'Do step 2 only if' }).fill('this is your own computer');
    const otherwise = editor.getByRole('combobox', { name: 'If not, go from step 2 to' });
    const third = await otherwise.locator('option', { hasText: /^Step 3: / }).getAttribute('value');
    await otherwise.selectOption(third!);

    // Moving step 3 up makes the decision's step number 3 and its target number 2.
    await editor.getByRole('button', { name: 'Move step 3 up' }).click();
    const moved = editor.getByRole('combobox', { name: 'If not, go from step 3 to' });
    await expect.poll(() => moved.inputValue()).toBe(third);
    expect(await moved.locator('option:checked').textContent()).toMatch(/^Step 2: /);

    await editor.getByRole('button', { name: 'Add a problem' }).click();
    await editor
      .getByRole('textbox', { name: 'Problem 1', exact: true })
      .fill('The page says "Account locked"');
    await editor
      .getByRole('textbox', { name: 'What to do about problem 1' })
      .fill('Stop and ask <Maria> in IT');
    await editor.getByRole('button', { name: 'Add an access' }).click();
    await editor.getByRole('textbox', { name: 'Access 1' }).fill('Staff account for the sign-in page');
    await editor.getByRole('checkbox', { name: 'Access 1: its password or key is sent separately' }).check();

    const html = await downloadExport(editor, 'Download HTML');
    expect(html.text).toContain(
      '<strong>Decision:</strong> If this is your own computer: do this step; otherwise go to <a href="#step-2">step 2</a>.',
    );
    // The decision sits in step 3's item, and step 2 exists to be linked to.
    expect(html.text).toMatch(/<li id="step-3" class="step">(?:(?!<li id="step-).)*callout-decision/s);
    expect(html.text).toContain('<li id="step-2" class="step">');
    expect(html.text).toContain(
      '<h2 id="access">Access needed</h2><p>Have these before you start.</p><ul class="access"><li><span class="text">Staff account for the sign-in page</span> <em>(password or key sent to you separately)</em></li></ul>',
    );
    expect(html.text).toContain('<h2 id="troubleshooting">When something goes wrong</h2>');
    expect(html.text).toContain('The page says &quot;Account locked&quot;');
    expect(html.text).toContain('Stop and ask &lt;Maria&gt; in IT');
    expect(html.text).toContain('<a href="#troubleshooting">When something goes wrong</a>');
    // The embedded data names the decision's step by its index.
    expect(html.text).toContain(
      '"decision": {\n        "condition": "this is your own computer",\n        "otherwise": 1\n      }',
    );
  });
});
