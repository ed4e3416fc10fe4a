/**
 * The guide on the page: a panel (step N of M, the sentence, its note, the screenshot on demand,
 * Back / Skip / Done / Stop guiding) and a highlight (outline and pointer) over the step's element.
 * Both live in a closed shadow root: the page cannot read them through `host.shadowRoot`, and its
 * styles stop at the host. The host sits under <html>, after <body>, so the page's own children
 * and their selectors are unchanged.
 */
import type { GuideControl, GuideShow, GuideStepView } from '../../shared/guide-protocol';
import { GUIDE_CSS } from './style';
import { t } from './words';

export type Finding = 'looking' | 'found' | 'missing' | 'none';

export interface PanelActions {
  control(what: GuideControl): void;
  /** Draws the step's screenshot into the canvas; resolves false when there is none. */
  picture(canvas: HTMLCanvasElement): Promise<boolean>;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> & { className?: string } = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

const NOTE_WORD = { note: 'guideNoteNote', tip: 'guideNoteTip', warning: 'guideNoteWarning' } as const;

export class GuidePanel {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly panel: HTMLElement;
  readonly outline: HTMLElement;
  private readonly pointer: HTMLElement;
  private pictureShown = false;

  constructor(private readonly actions: PanelActions) {
    // A name of its own: a page's rules for div or section do not match it.
    this.host = document.createElement('handoff-guide');
    this.host.style.setProperty('all', 'initial', 'important');
    this.root = this.host.attachShadow({ mode: 'closed' });
    const layer = el('div', { className: 'layer' });
    this.outline = el('div', { className: 'outline' });
    this.pointer = el('div', { className: 'pointer' });
    this.panel = el('section', { className: 'panel' });
    this.panel.setAttribute('role', 'region');
    this.panel.setAttribute('aria-label', t('guidePanelLabel'));
    layer.append(this.outline, this.pointer, this.panel);
    this.root.append(el('style', {}, GUIDE_CSS), layer);
    // Events inside the panel are the guide's: they do not reach the page's listeners on the
    // document (capture listeners on window still see a click on the host, never its contents).
    for (const type of ['click', 'pointerdown', 'mousedown', 'keydown', 'keyup', 'input', 'focusin'])
      this.root.addEventListener(type, (e) => e.stopPropagation());
  }

  attach(): void {
    if (!this.host.isConnected) document.documentElement.append(this.host);
  }

  remove(): void {
    this.host.remove();
  }

  /** True when the event happened on the guide itself. */
  owns(event: Event): boolean {
    return event.composedPath().includes(this.host);
  }

  render(show: GuideShow, finding: Finding): void {
    if (show.state === 'off') {
      this.remove();
      return;
    }
    this.attach();
    this.panel.replaceChildren();
    if (show.state === 'finished') {
      const took =
        show.skipped > 0
          ? t('guideFinishedSkipped', show.total - show.skipped, show.total, show.skipped, show.took)
          : t('guideFinished', show.total, show.took);
      const close = this.button(t('guideClose'), 'stop', true);
      this.panel.append(el('p', { className: 'sentence' }, took), el('div', { className: 'buttons' }, close));
      this.highlight(undefined);
      return;
    }
    this.renderStep(show.view, finding);
  }

  private button(label: string, what: GuideControl, primary = false): HTMLButtonElement {
    const b = el('button', { type: 'button', className: primary ? 'primary' : '' }, label);
    b.addEventListener('click', () => this.actions.control(what));
    return b;
  }

  private renderStep(view: GuideStepView, finding: Finding): void {
    this.panel.append(
      el('p', { className: 'count' }, t('guideStepOf', view.index + 1, view.total)),
      el('p', { className: 'sentence' }, view.sentence),
    );
    if (view.input) this.panel.append(el('p', { className: 'note' }, t('guideInput', view.input)));
    if (view.note) {
      const note = el('p', { className: `note ${view.note.kind}` });
      note.append(el('strong', {}, `${t(NOTE_WORD[view.note.kind])}: `), view.note.text);
      this.panel.append(note);
    }
    const status =
      finding === 'missing'
        ? t('guideNotFound')
        : finding === 'looking'
          ? t('guideLooking')
          : finding === 'found' && view.expect.kind !== 'done'
            ? t('guideHighlighted')
            : t('guidePressDone');
    const line = el('p', { className: 'status' }, status);
    line.classList.toggle('missing', finding === 'missing');
    line.setAttribute('role', 'status');
    this.panel.append(line);

    const canvas = el('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', t('guidePictureAlt'));
    const holder = el('div', { className: 'picture' });
    const showPicture = this.pictureShown || finding === 'missing';
    if (view.hasPicture && showPicture) {
      holder.append(canvas);
      void this.actions.picture(canvas);
    }
    this.panel.append(holder);

    const buttons = el('div', { className: 'buttons' });
    buttons.append(this.button(t('guideBack'), 'back'));
    buttons.append(this.button(t('guideSkip'), 'skip'));
    buttons.append(this.button(t('guideDone'), 'done', view.expect.kind === 'done' || finding === 'missing'));
    if (view.hasPicture && finding !== 'missing') {
      const toggle = el(
        'button',
        { type: 'button' },
        showPicture ? t('guideHidePicture') : t('guideShowPicture'),
      );
      toggle.setAttribute('aria-expanded', String(showPicture));
      toggle.addEventListener('click', () => {
        this.pictureShown = !this.pictureShown;
        this.panel.replaceChildren();
        this.renderStep(view, finding);
      });
      buttons.append(toggle);
    }
    buttons.append(this.button(t('guideStop'), 'stop'));
    this.panel.append(buttons);
  }

  /** A new step starts with its screenshot folded away (unless its element cannot be found). */
  resetPicture(): void {
    this.pictureShown = false;
  }

  /** Puts the outline and pointer on the element's box (viewport px), or hides them. */
  highlight(box: DOMRect | undefined): void {
    const show = box !== undefined && box.width > 0 && box.height > 0;
    this.outline.style.display = show ? 'block' : 'none';
    this.pointer.style.display = show ? 'block' : 'none';
    if (!show || !box) return;
    const pad = 4;
    Object.assign(this.outline.style, {
      left: `${box.left - pad}px`,
      top: `${box.top - pad}px`,
      width: `${box.width + 2 * pad}px`,
      height: `${box.height + 2 * pad}px`,
    });
    // The pointer sits above the element, or below it when there is no room above.
    const above = box.top > 30;
    Object.assign(this.pointer.style, {
      left: `${box.left + box.width / 2 - 12}px`,
      top: above ? `${box.top - pad - 22}px` : `${box.bottom + pad + 4}px`,
      transform: above ? 'none' : 'rotate(180deg)',
    });
    // Keep the panel off the element: move it to the other side when they would overlap.
    const p = this.panel.getBoundingClientRect();
    const hits = (left: number) =>
      box.right > left && box.left < left + p.width && box.bottom > p.top && box.top < p.bottom;
    const otherLeft = this.panel.classList.contains('left') ? innerWidth - 16 - p.width : 16;
    if (hits(p.left) && !hits(otherLeft)) this.panel.classList.toggle('left');
  }
}
