/**
 * A small invoice app as markup, in a recorded version and altered versions, for the locator's
 * tests. Every element the tests act on carries `data-expect`, which the locator never reads, so
 * a test can say which live element is the recorded one.
 */

export const ORIGINAL = `
<header class="top-bar"><nav><a href="/home" id="nav-home" class="nav-link">Home</a>
<a href="/invoices" id="nav-invoices" class="nav-link">Invoices</a></nav></header>
<main>
  <form id="invoice-form" class="form-x1">
    <label for="customer-7">Customer:</label><input id="customer-7" class="in-a1" data-expect="customer">
    <label for="amount-7">Amount</label><input id="amount-7" class="in-a2" data-expect="amount">
    <label for="notes-7">Notes</label><textarea id="notes-7" data-expect="notes"></textarea>
    <label><input type="checkbox" id="urgent-7" data-expect="urgent"> Urgent</label>
    <button type="button" id="cancel-btn" class="btn-b1" data-expect="cancel">Cancel</button>
    <button type="submit" id="save-btn" class="btn-b2" data-expect="save">Save invoice</button>
  </form>
  <table id="rows" class="tbl">
    <thead><tr><th>Payee</th><th>Amount</th><th>Action</th></tr></thead>
    <tbody>
      <tr><td>Office Depot</td><td>12.00</td><td><button type="button" class="row-btn" data-expect="edit-office">Edit</button></td></tr>
      <tr><td>Staples</td><td>40.00</td><td><button type="button" class="row-btn" data-expect="edit-staples">Edit</button></td></tr>
      <tr><td>Acme Corp</td><td>7.50</td><td><button type="button" class="row-btn" data-expect="edit-acme">Edit</button></td></tr>
    </tbody>
  </table>
  <button type="button" data-testid="export-all" class="x9" data-expect="export">Export everything</button>
  <button type="button" id="delete-all" class="danger" data-expect="delete">Delete all drafts</button>
</main>`;

/** New ids and classes everywhere, label references kept consistent, as a rebuilt app does. */
export function regenerateIdsAndClasses(root: ParentNode): void {
  const map = new Map<string, string>();
  let n = 0;
  for (const element of root.querySelectorAll('[id]')) {
    const next = `r${(n++).toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
    map.set(element.id, next);
    element.id = next;
  }
  for (const label of root.querySelectorAll('label[for]')) {
    label.setAttribute('for', map.get(label.getAttribute('for') ?? '') ?? '');
  }
  for (const element of root.querySelectorAll('[class]')) {
    element.setAttribute('class', `c-${Math.random().toString(36).slice(2, 8)}`);
  }
}

/** The table's rows in another order. */
export function reorderRows(root: ParentNode): void {
  const body = root.querySelector('tbody')!;
  const rows = [...body.children];
  for (const row of rows.reverse()) body.append(row);
}
