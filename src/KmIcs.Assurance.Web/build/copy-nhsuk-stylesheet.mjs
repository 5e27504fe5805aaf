// Copies nhsuk-frontend's compiled stylesheet into wwwroot/lib with the changes ADR 0014 describes, so the portal
// asks no other host for anything and every URL in the stylesheet resolves. Run by the RestoreNhsukFrontend target
// of KmIcs.Assurance.Web.csproj; it writes only when the result differs, so an unchanged build stays incremental.
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

const [source, target] = process.argv.slice(2);
if (!source || !target) {
  console.error('usage: node copy-nhsuk-stylesheet.mjs <nhsuk-frontend.min.css> <output.css>');
  process.exit(2);
}

const original = readFileSync(source, 'utf8');
const changes = [
  // Frutiger comes from https://assets.nhs.uk, which the Content-Security-Policy refuses: the fallback, Arial, is used.
  [/@font-face\{[^}]*\}/g, 'font-face rules'],
  // The package points images at /assets/images/ at the site root; the copy sits beside the stylesheet.
  [/url\(\/assets\//g, 'root-relative image URLs', 'url(assets/'],
  // The source map is not copied, so the comment would point at nothing.
  [/\/\*# sourceMappingURL=[^*]*\*\/\s*/g, 'source map comment'],
];

let css = original;
for (const [pattern, name, replacement = ''] of changes) {
  if (!pattern.test(css)) {
    // A new nhsuk-frontend release that changed its output must be looked at, not copied unchanged.
    console.error(`copy-nhsuk-stylesheet: found no ${name} in ${source}; check docs/adr/0014 against this nhsuk-frontend version.`);
    process.exit(1);
  }
  pattern.lastIndex = 0;
  css = css.replace(pattern, replacement);
}

if (css.includes('assets.nhs.uk')) {
  console.error(`copy-nhsuk-stylesheet: ${source} still refers to assets.nhs.uk after the changes.`);
  process.exit(1);
}

if (!existsSync(target) || readFileSync(target, 'utf8') !== css) {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, css);
}
