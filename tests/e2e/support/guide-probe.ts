/**
 * Reads and presses the guide's panel, which lives in a closed shadow root that neither the page
 * nor Playwright's selectors can enter. The DevTools protocol can, as the browser's own tools do:
 * the DOM domain with `pierce` for text and the outline's box, the accessibility tree for buttons
 * by role and name. Buttons are pressed with the mouse, so the guide gets trusted clicks.
 */
import type { CDPSession, Page } from 'playwright-core';

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function find(node: DomNode, test: (n: DomNode) => boolean): DomNode | undefined {
  if (test(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const hit = find(child, test);
    if (hit) return hit;
  }
  return undefined;
}

function textOf(node: DomNode): string {
  if (node.nodeName === 'STYLE') return '';
  if (node.nodeName === '#text') return node.nodeValue ?? '';
  return [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(textOf).join(' ');
}

const hasClass = (name: string) => (n: DomNode) => {
  const attrs = n.attributes ?? [];
  const i = attrs.indexOf('class');
  return i >= 0 && (attrs[i + 1] ?? '').split(/\s+/).includes(name);
};

function quadBox(quad: number[]): Box {
  const xs = [quad[0]!, quad[2]!, quad[4]!, quad[6]!];
  const ys = [quad[1]!, quad[3]!, quad[5]!, quad[7]!];
  return {
    x: Math.min(...xs),
    y: Math.min(...ys),
    width: Math.max(...xs) - Math.min(...xs),
    height: Math.max(...ys) - Math.min(...ys),
  };
}

export class GuideProbe {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async attach(page: Page): Promise<GuideProbe> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('Accessibility.enable');
    return new GuideProbe(page, cdp);
  }

  private async host(): Promise<DomNode | undefined> {
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: DomNode;
    };
    return find(root, (n) => n.nodeName === 'HANDOFF-GUIDE');
  }

  /** The panel's text (empty when there is no panel). */
  async text(): Promise<string> {
    const host = await this.host();
    return host ? textOf(host).replace(/\s+/g, ' ').trim() : '';
  }

  /** The outline's box in CSS px of the viewport, without its padding; undefined when hidden. */
  async outline(): Promise<Box | undefined> {
    const host = await this.host();
    const outline = host && find(host, hasClass('outline'));
    if (!outline) return undefined;
    try {
      const { model } = (await this.cdp.send('DOM.getBoxModel', { nodeId: outline.nodeId })) as {
        model: { border: number[] };
      };
      const b = quadBox(model.border);
      // The outline is drawn 4 px outside the element.
      return { x: b.x + 4, y: b.y + 4, width: b.width - 8, height: b.height - 8 };
    } catch {
      return undefined;
    }
  }

  /** The box of the image with this accessible name (page or guide), once it has one. */
  async imageBox(name: string): Promise<Box | undefined> {
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: 0 })) as { root: DomNode };
    const { nodes } = (await this.cdp.send('Accessibility.queryAXTree', {
      nodeId: root.nodeId,
      accessibleName: name,
      // Chromium's accessibility tree calls role="img" "image".
      role: 'image',
    })) as { nodes: Array<{ backendDOMNodeId?: number }> };
    const backendNodeId = nodes[0]?.backendDOMNodeId;
    if (backendNodeId === undefined) return undefined;
    const { model } = (await this.cdp.send('DOM.getBoxModel', { backendNodeId })) as {
      model: { border: number[] };
    };
    return quadBox(model.border);
  }

  /** Clicks the panel's button with this accessible name, as a person would (a trusted click). */
  async press(name: string): Promise<void> {
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: 0 })) as { root: DomNode };
    const { nodes } = (await this.cdp.send('Accessibility.queryAXTree', {
      nodeId: root.nodeId,
      accessibleName: name,
      role: 'button',
    })) as { nodes: Array<{ backendDOMNodeId?: number }> };
    const backendNodeId = nodes[0]?.backendDOMNodeId;
    if (backendNodeId === undefined) throw new Error(`No button named "${name}" in the page or the guide.`);
    const { model } = (await this.cdp.send('DOM.getBoxModel', { backendNodeId })) as {
      model: { border: number[] };
    };
    const b = quadBox(model.border);
    await this.page.mouse.click(b.x + b.width / 2, b.y + b.height / 2, { delay: 80 });
  }

  async close(): Promise<void> {
    await this.cdp.detach().catch(() => {});
  }
}
