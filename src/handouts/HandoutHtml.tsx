// The HTML version of each handout: the same outline as the PDF (./outline), drawn as DOM, for
// screen readers (react-pdf cannot write tagged PDF) and for printing from the browser. Paper-only
// blocks (the "see overleaf" line and its page break) have no place on a screen.
import { handoutOutline } from './outline';
import type { Block, HelpBlock, HelpItem, Run } from './outline/blocks';
import type { HandoutInput } from './handout-input';
import { translator } from './outline/translator';

/** A handout's outline as DOM; the input carries its runs (see handout-runs.ts). */
export function HandoutHtml({ input, headingId }: { input: HandoutInput; headingId: string }) {
  return (
    <div className="handout-html" lang={input.locale} aria-labelledby={headingId}>
      <HtmlBlocks blocks={handoutOutline(input)} />
      <p className="hint">{translator(input.locale)('handout.asOf', { date: input.factsChecked })}</p>
    </div>
  );
}

function HtmlBlocks({ blocks }: { blocks: Block[] }) {
  return (
    <>
      {blocks.map((block, i) => (
        <HtmlBlock key={i} block={block} />
      ))}
    </>
  );
}

/** Runs as text: a ruby base with its reading, the bold ones in <strong>. */
function Runs({ runs }: { runs: Run[] }) {
  return (
    <>
      {runs.map((run, i) => {
        const text = run.ruby ? (
          <ruby key={i}>
            {run.text}
            <rp>(</rp>
            <rt>{run.ruby}</rt>
            <rp>)</rp>
          </ruby>
        ) : (
          run.text
        );
        return run.bold ? <strong key={i}>{text}</strong> : text;
      })}
    </>
  );
}

// The page gives each handout an <h2>: the outline's headings are one level below it.
function HtmlBlock({ block }: { block: Block }) {
  switch (block.type) {
    case 'title':
      // The page's own heading and the lesson's title already name the document.
      return null;
    case 'heading':
      return block.level === 2 ? <h3>{block.text}</h3> : <h4>{block.text}</h4>;
    case 'paragraph':
      return (
        <p>
          <Runs runs={block.runs} />
        </p>
      );
    case 'note':
      return <p className="hint">{block.text}</p>;
    case 'list': {
      const items = block.items.map((runs, i) => (
        <li key={i}>
          <Runs runs={runs} />
        </li>
      ));
      return (
        <>
          {block.heading && <h3>{block.heading}</h3>}
          {block.numbered ? <ol>{items}</ol> : <ul>{items}</ul>}
        </>
      );
    }
    case 'box':
      return (
        <section className="handout-box">
          <h4>{block.title}</h4>
          <HtmlBlocks blocks={block.blocks} />
        </section>
      );
    case 'keep':
      return <HtmlBlocks blocks={block.blocks} />;
    case 'table':
      return (
        <>
          <h3>{block.heading}</h3>
          <table className="plan">
            <thead>
              <tr>
                {block.columns.map((column, i) => (
                  <th key={i} scope="col">
                    {column.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((runs, k) => (
                    <td key={k}>
                      <Runs runs={runs} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      );
    case 'slide':
      return (
        <div className="speaker-notes">
          <h4>{`${block.number}. ${block.title}`}</h4>
          {block.paragraphs.map((runs, i) => (
            <p key={i}>
              <Runs runs={runs} />
            </p>
          ))}
        </div>
      );
    case 'questions':
      return (
        <>
          <h3>{block.heading}</h3>
          <dl>
            {block.items.map((item, i) => (
              <div key={i}>
                <dt>
                  <Runs runs={item.question} />
                </dt>
                <dd>
                  <Runs runs={item.answer} />
                </dd>
              </div>
            ))}
          </dl>
        </>
      );
    case 'help':
      return <HelpHtml block={block} />;
    case 'sources':
      return (
        <>
          <h3>{block.heading}</h3>
          <p className="hint">{block.intro}</p>
          <ul className="sources">
            {block.facts.map((fact) => (
              <li key={fact.id}>
                {fact.lines.map((runs, k) => (
                  <span key={k} className="source-line">
                    <Runs runs={runs} />
                  </span>
                ))}
              </li>
            ))}
          </ul>
          <h4>{block.referencesHeading}</h4>
          <ul className="sources">
            {block.references.map((reference, i) => (
              <li key={i}>{reference}</li>
            ))}
          </ul>
        </>
      );
    case 'letterHead':
      return (
        <>
          <p className="letter-date">{block.date}</p>
          <p>{block.greeting}</p>
          <p className="letter-sender">
            {block.sender.map((line, i) => (
              <span key={i} className="source-line">
                {line}
              </span>
            ))}
          </p>
        </>
      );
    case 'subject':
      return (
        <p className="letter-title">
          <strong>{block.text}</strong>
        </p>
      );
    case 'overleaf':
      return null;
    case 'closing':
      return <p className="sign-off">{block.text}</p>;
    case 'helpCard':
      return (
        <div className="help-card">
          <p>
            <strong>{block.title}</strong> {block.intro}
          </p>
          <ul>
            {block.school && (
              <li>
                <strong>{block.school.title}</strong> {block.school.lines.join(' · ')}
              </li>
            )}
            {block.resources.map((resource) => (
              <li key={resource.id}>
                <strong>{resource.name}</strong> {resource.contact}
              </li>
            ))}
          </ul>
        </div>
      );
  }
}

function HelpHtml({ block }: { block: HelpBlock }) {
  return (
    <>
      <h3>{block.heading}</h3>
      <ul className="handout-help">
        {block.school && (
          <li>
            <strong>{block.school.title}</strong> {block.school.lines.join(' · ')}
          </li>
        )}
        {block.entries.map((item) => (
          <HelpItemHtml key={item.id} item={item} />
        ))}
      </ul>
      {block.unverified && (
        <>
          <h4>{block.unverified.heading}</h4>
          <ul className="handout-help">
            {block.unverified.entries.map((item) => (
              <HelpItemHtml key={item.id} item={item} />
            ))}
          </ul>
        </>
      )}
      {block.note && <p className="hint">{block.note}</p>}
    </>
  );
}

/** One help line: where the PDF prints a QR code, the page links the address. */
function HelpItemHtml({ item }: { item: HelpItem }) {
  return (
    <li>
      <Runs runs={item.name} /> {item.contact}
      {' — '}
      {item.details}
      {item.caution && <span className="badge">{item.caution}</span>}
      {item.checked && <span className="checked"> ({item.checked})</span>}
      {item.qr && (
        <>
          {' · '}
          <a href={item.qr.url} rel="noreferrer noopener">
            {item.qr.url}
          </a>
        </>
      )}
    </li>
  );
}
