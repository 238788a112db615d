// XML for tests: well-formedness (and XSD validity) from libxml2's xmllint, the reader every
// LMS's import stack resembles; a DOM to walk from htmlparser2 in XML mode.
import { execFileSync } from 'node:child_process';
import { parseDocument } from 'htmlparser2';
import type { Document, Element } from 'domhandler';
import { findAll, getChildren, textContent } from 'domutils';

/** xmllint's complaints about the document ('' when it is well-formed, or valid against `schema`). */
export function xmllint(xml: string, schema?: string): string {
  try {
    execFileSync('xmllint', ['--noout', '--nonet', ...(schema ? ['--schema', schema] : []), '-'], {
      input: xml,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    return '';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

export function parseXml(xml: string): Document {
  return parseDocument(xml, { xmlMode: true, recognizeCDATA: true, decodeEntities: true });
}

export function elements(root: Document | Element, name: string): Element[] {
  return findAll((element) => element.name === name, getChildren(root) as Element[]);
}

export function children(element: Element, name: string): Element[] {
  return element.children.filter((child): child is Element => child.type === 'tag' && child.name === name);
}

export function child(element: Element, name: string): Element {
  const found = children(element, name)[0];
  if (!found) throw new Error(`<${element.name}> has no <${name}>`);
  return found;
}

export function text(element: Element): string {
  return textContent(element);
}
