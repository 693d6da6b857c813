// Writes the Word fixtures of copydesk import (test/fixtures-import/*.docx) with the `docx`
// library: real .docx files with Word's own heading styles, bulleted and numbered lists, a
// table, bold pseudo-headings and a link, in our own words. Run `node scripts/make-docx-fixtures.mjs`
// after changing the texts below; the files are committed, so tests need no generator.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, ExternalHyperlink, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures-import');

const bullet = (text) => new Paragraph({ text, bullet: { level: 0 } });
const numbered = (text) => new Paragraph({ text, numbering: { reference: 'steps', level: 0 } });
const heading = (text, level = HeadingLevel.HEADING_2) => new Paragraph({ text, heading: level });
const para = (text) => new Paragraph({ children: [new TextRun(text)] });
const cell = (text) => new TableCell({ children: [para(text)] });

const storeSupervisor = new Document({
  // Fixed so that the file is the same on every run.
  creator: 'Copydesk fixtures',
  title: 'Store Supervisor',
  description: 'A job posting written for Copydesk tests',
  numbering: { config: [{ reference: 'steps', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: 'left' }] }] },
  sections: [
    {
      children: [
        heading('Store Supervisor', HeadingLevel.HEADING_1),
        new Table({
          rows: [
            new TableRow({ children: [cell('Location'), cell('Bristol, England')] }),
            new TableRow({ children: [cell('Hours'), cell('Full-time, 37.5 hours a week')] }),
            new TableRow({ children: [cell('Salary'), cell('£27,500 - £30,000 a year')] }),
          ],
        }),
        para('Greenway Hardware sells tools, paint and garden supplies from a corner shop that has been open since 1962.'),
        heading('Key duties'),
        bullet('Open and close the store four days a week'),
        bullet('Lead a team of five sales assistants through busy Saturdays'),
        bullet('Count the till and bank the takings'),
        heading('What you bring'),
        bullet('A year of supervising in retail or hospitality'),
        bullet('Patience with customers who are not sure what they need'),
        new Paragraph({ children: [new TextRun({ text: 'Good to know', bold: true })] }),
        para('The shop floor has two steps; we have a ramp for deliveries and wheelchairs.'),
        heading('How to apply'),
        numbered('Write a short note about a shop you love.'),
        numbered('Send it with your CV.'),
        new Paragraph({
          children: [
            new TextRun('Questions go to '),
            new ExternalHyperlink({ link: 'mailto:jobs@greenway.example', children: [new TextRun({ text: 'our hiring team', style: 'Hyperlink' })] }),
            new TextRun('.'),
          ],
        }),
      ],
    },
  ],
});

const buffer = await Packer.toBuffer(storeSupervisor);
writeFileSync(join(OUT, 'store-supervisor.docx'), buffer);
console.log(`Wrote ${join(OUT, 'store-supervisor.docx')} (${buffer.length} bytes)`);
