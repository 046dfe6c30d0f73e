import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderMarkdown } from './markdown.ts';

describe('an assignment statement rendered from markdown', () => {
  it('keeps prose, code blocks with their language, tables with their alignment, and images over http(s)', () => {
    assert.equal(renderMarkdown('Add **two** numbers, `a` and *b*.'), '<p>Add <strong>two</strong> numbers, <code>a</code> and <em>b</em>.</p>\n');
    assert.equal(renderMarkdown('```python\nprint(1)\n```'), '<pre><code class="language-python">print(1)\n</code></pre>\n');
    assert.match(renderMarkdown('| a | b |\n|:-|-:|\n| 1 | 2 |'), /<th align="left">a<\/th>\n<th align="right">b<\/th>/);
    assert.equal(renderMarkdown('![a graph](https://eduscale.example/graph.png)'), '<p><img src="https://eduscale.example/graph.png" alt="a graph" /></p>\n');
    assert.equal(renderMarkdown('~~O(n²)~~ <kbd>Ctrl</kbd> H<sub>2</sub>O 2<sup>10</sup>'), '<p><del>O(n²)</del> <kbd>Ctrl</kbd> H<sub>2</sub>O 2<sup>10</sup></p>\n');
  });

  it('opens every link with rel="noopener noreferrer", whatever rel the author wrote', () => {
    assert.equal(renderMarkdown('[docs](https://eduscale.example "Docs")'), '<p><a href="https://eduscale.example" title="Docs" rel="noopener noreferrer">docs</a></p>\n');
    assert.equal(renderMarkdown('<a href="https://eduscale.example" rel="opener" target="_blank">docs</a>'), '<p><a href="https://eduscale.example" rel="noopener noreferrer">docs</a></p>\n');
  });
});

describe('hostile HTML in a statement', () => {
  const rendered = (markdown: string) => renderMarkdown(markdown);

  it('loses script, style, iframe, object, form and svg elements, content and all', () => {
    const attacks = [
      '<script>alert(1)</script>',
      '<style>body { display: none }</style>',
      '<iframe src="https://evil.example"></iframe>',
      '<object data="https://evil.example/x.swf"></object>',
      '<form action="https://evil.example"><input name="password"></form>',
      '<svg><script>alert(1)</script></svg>',
    ];
    assert.equal(attacks.length, 6);
    for (const attack of attacks) {
      const html = rendered(`Before ${attack} after`);
      assert.doesNotMatch(html, /<(script|style|iframe|object|form|input|svg)\b|alert|evil\.example|display: none/i, `${attack} → ${html}`);
      assert.match(html, /Before/, `${attack} → ${html}`);
    }
  });

  it('loses every event handler and style attribute, and classes other than a code language', () => {
    assert.equal(rendered('<img src="https://eduscale.example/a.png" onerror="alert(1)" onload="alert(2)">'), '<img src="https://eduscale.example/a.png" />');
    assert.equal(rendered('<div onclick="alert(1)" style="position:fixed" class="overlay">hi</div>'), '<div>hi</div>');
    assert.equal(rendered('<code class="language-js evil">x</code>'), '<p><code class="language-js">x</code></p>\n');
  });

  it('loses links and image sources in any scheme but http, https and mailto', () => {
    const hrefs = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,<script>alert(1)</script>'];
    assert.equal(hrefs.length, 4);
    for (const href of hrefs) assert.equal(rendered(`[click](${href})`), '<p><a rel="noopener noreferrer">click</a></p>\n', href);
    assert.equal(rendered('<a href="jav&#x09;ascript:alert(1)">click</a>'), '<p><a rel="noopener noreferrer">click</a></p>\n');
    assert.equal(rendered('![x](data:image/svg+xml;base64,PHN2Zy8+)'), '<p><img alt="x" /></p>\n');
    assert.equal(rendered('[mail us](mailto:help@eduscale.example)'), '<p><a href="mailto:help@eduscale.example" rel="noopener noreferrer">mail us</a></p>\n');
  });
});
