// Draws the pictures the example posts attach (examples/posts/media/), so the preview cards show
// them instead of "Image not found": our own illustrations, one SVG each, matching each post's
// alt text, rendered by headless Chromium (playwright-core and Debian's chromium, as the browser
// tests use) and kept under 40 KB. Run `node scripts/make-example-images.mjs` after changing a
// drawing; the images are committed (and not packaged: .vscodeignore ships no examples/).
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples', 'posts', 'media');
const MAX_BYTES = 40 * 1024;
const CHROMIUM = process.env.COPYDESK_CHROMIUM ?? '/usr/bin/chromium';

/** A hiker walking right: boots at (x, y), `s` times 100 px tall, in a red jacket. */
function hiker(x, y, s, { lean = 0, pole = true } = {}) {
  return `<g transform="translate(${x} ${y}) scale(${s}) rotate(${lean})">
    <path d="M-6 -38 L-14 -2 L-8 0 L0 -30 Z" fill="#2b2d42"/>
    <path d="M2 -38 L14 -4 L20 -6 L8 -38 Z" fill="#1f2133"/>
    <rect x="-13" y="-2" width="10" height="4" rx="2" fill="#111"/>
    <rect x="13" y="-6" width="10" height="4" rx="2" fill="#111"/>
    <rect x="-16" y="-78" width="16" height="30" rx="5" fill="#4a4e69"/>
    <path d="M-10 -80 Q2 -86 12 -78 L14 -40 Q2 -34 -8 -40 Z" fill="#d62828"/>
    <path d="M10 -74 L26 -50 L22 -46 L6 -66 Z" fill="#b51f1f"/>
    ${pole ? '<line x1="24" y1="-48" x2="32" y2="0" stroke="#333" stroke-width="2.5"/>' : ''}
    <circle cx="2" cy="-90" r="9" fill="#f1c8a8"/>
    <path d="M-8 -92 Q2 -106 12 -92 Z" fill="#1d3557"/>
  </g>`;
}

/** Two hikers in red jackets crossing a snowy ridge at dawn, mountains behind them. */
const ridgeAtDawn = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#1b2a4a"/><stop offset="0.45" stop-color="#6d5a8c"/>
      <stop offset="0.75" stop-color="#f0a37a"/><stop offset="1" stop-color="#ffd9a0"/>
    </linearGradient>
    <radialGradient id="sun" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="#fff4d6"/><stop offset="0.3" stop-color="#ffd38a" stop-opacity="0.9"/><stop offset="1" stop-color="#ffb070" stop-opacity="0"/>
    </radialGradient>
    <linearGradient id="snow" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#fff6ee"/><stop offset="0.6" stop-color="#f3dfe3"/><stop offset="1" stop-color="#b9c3dc"/>
    </linearGradient>
  </defs>
  <rect width="1200" height="675" fill="url(#sky)"/>
  <circle cx="860" cy="420" r="260" fill="url(#sun)"/>
  <circle cx="860" cy="420" r="34" fill="#fff1cf"/>
  <path d="M0 430 L120 330 L210 390 L330 270 L450 380 L560 300 L680 400 L800 320 L930 410 L1050 300 L1200 380 L1200 675 L0 675 Z" fill="#7b6d9a"/>
  <path d="M330 270 L300 300 L340 296 L362 312 L380 296 Z M1050 300 L1020 330 L1062 322 L1090 336 Z M560 300 L540 322 L572 318 Z" fill="#efe4f0"/>
  <path d="M0 500 L160 420 L300 470 L470 390 L640 470 L780 420 L960 490 L1100 430 L1200 470 L1200 675 L0 675 Z" fill="#5b5183"/>
  <path d="M0 675 L0 600 Q300 470 560 420 Q700 395 820 430 Q1000 480 1200 560 L1200 675 Z" fill="url(#snow)"/>
  <path d="M560 420 Q700 395 820 430 Q760 440 700 432 Q640 428 560 420 Z" fill="#ffffff" opacity="0.8"/>
  <path d="M0 640 Q260 560 520 520 Q760 490 1200 640" stroke="#c7cde2" stroke-width="3" fill="none" opacity="0.7"/>
  <g fill="#9aa6c8" opacity="0.8">
    <ellipse cx="612" cy="424" rx="5" ry="2"/><ellipse cx="640" cy="418" rx="5" ry="2"/><ellipse cx="668" cy="414" rx="5" ry="2"/>
    <ellipse cx="700" cy="411" rx="5" ry="2"/><ellipse cx="728" cy="410" rx="5" ry="2"/>
  </g>
  ${hiker(770, 420, 1.3, { lean: 3 })}
  ${hiker(680, 412, 1.22, { lean: 2 })}
</svg>`;

/** A long table covered in second-hand boots, jackets and backpacks with handwritten price tags. */
function boot(x, y, s, colour = '#7a4a26') {
  return `<g transform="translate(${x} ${y}) scale(${s})">
    <path d="M0 -70 L34 -70 L38 -30 Q70 -26 84 -10 L86 0 L0 0 Z" fill="${colour}"/>
    <rect x="-2" y="-4" width="90" height="10" rx="4" fill="#2a1d14"/>
    <path d="M8 -60 L30 -60 M8 -48 L32 -48 M8 -36 L34 -36" stroke="#e9d8b4" stroke-width="3"/>
  </g>`;
}
function tag(x, y, text, rotate = -8) {
  return `<g transform="translate(${x} ${y}) rotate(${rotate})">
    <line x1="0" y1="-30" x2="10" y2="0" stroke="#555" stroke-width="1.5"/>
    <rect x="-6" y="0" width="74" height="40" rx="5" fill="#fffdf4" stroke="#b9a97f"/>
    <circle cx="4" cy="10" r="3" fill="#b9a97f"/>
    <text x="34" y="28" font-family="DejaVu Serif, serif" font-style="italic" font-size="22" fill="#1d3557" text-anchor="middle">${text}</text>
  </g>`;
}
function jacket(x, y, colour, s = 1) {
  return `<g transform="translate(${x} ${y}) scale(${s})">
    <path d="M0 0 L40 -14 L80 0 L110 60 L92 70 L80 40 L80 120 L0 120 L0 40 L-12 70 L-30 60 Z" fill="${colour}"/>
    <line x1="40" y1="-10" x2="40" y2="120" stroke="#222" stroke-width="3" opacity="0.5"/>
    <path d="M28 -10 L40 10 L52 -10" fill="none" stroke="#222" stroke-width="3" opacity="0.4"/>
  </g>`;
}
function pack(x, y, colour, s = 1) {
  return `<g transform="translate(${x} ${y}) scale(${s})">
    <rect x="0" y="0" width="90" height="120" rx="26" fill="${colour}"/>
    <rect x="14" y="56" width="62" height="44" rx="10" fill="#000" opacity="0.18"/>
    <path d="M18 4 Q45 -26 72 4" fill="none" stroke="#333" stroke-width="6"/>
    <rect x="38" y="20" width="14" height="6" rx="3" fill="#ddd"/>
  </g>`;
}
const swapTable = `<svg xmlns="http://www.w3.org/2000/svg" width="1080" height="1080" viewBox="0 0 1080 1080">
  <defs>
    <linearGradient id="wall" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#f4e7d1"/><stop offset="1" stop-color="#e3cfae"/></linearGradient>
    <linearGradient id="wood" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#b07a47"/><stop offset="1" stop-color="#8a5a30"/></linearGradient>
    <radialGradient id="lamp" cx="0.5" cy="0" r="0.9"><stop offset="0" stop-color="#fff6da" stop-opacity="0.9"/><stop offset="1" stop-color="#fff6da" stop-opacity="0"/></radialGradient>
  </defs>
  <rect width="1080" height="1080" fill="url(#wall)"/>
  <rect x="0" y="760" width="1080" height="320" fill="#6e4a2c"/>
  <g stroke="#5c3d24" stroke-width="3">${Array.from({ length: 9 }, (_, i) => `<line x1="${i * 135}" y1="760" x2="${i * 135 - 60}" y2="1080"/>`).join('')}</g>
  <rect x="80" y="80" width="920" height="90" rx="8" fill="#2f5d50"/>
  <text x="540" y="142" font-family="DejaVu Sans, sans-serif" font-weight="bold" font-size="50" fill="#f4e7d1" text-anchor="middle" letter-spacing="6">GEAR SWAP</text>
  ${[220, 540, 860].map((x) => `<path d="M${x} 0 L${x} 200" stroke="#333" stroke-width="3"/><path d="M${x - 40} 230 L${x + 40} 230 L${x + 26} 200 L${x - 26} 200 Z" fill="#2f5d50"/><ellipse cx="${x}" cy="420" rx="260" ry="220" fill="url(#lamp)"/>`).join('')}
  <rect x="40" y="560" width="1000" height="40" fill="url(#wood)"/>
  <rect x="40" y="600" width="1000" height="14" fill="#5e3b1f"/>
  <rect x="90" y="614" width="34" height="300" fill="#5e3b1f"/><rect x="956" y="614" width="34" height="300" fill="#5e3b1f"/>
  ${jacket(150, 440, '#2a6f97')}
  ${pack(300, 440, '#e09f3e')}
  ${jacket(450, 440, '#9e2a2b')}
  ${pack(620, 440, '#335c67')}
  ${jacket(770, 440, '#6a994e')}
  ${boot(120, 560, 1, '#7a4a26')}${boot(210, 560, 1, '#6b3f1f')}
  ${boot(560, 560, 0.9, '#3d3d3d')}${boot(410, 560, 0.95, '#8c5a2b')}
  ${boot(880, 560, 1, '#5a3a22')}
  ${tag(220, 470, '12 €')}${tag(352, 478, '25 €', 6)}${tag(520, 470, '15 €', -4)}${tag(680, 476, 'swap', 8)}${tag(860, 470, '20 €')}
  ${tag(150, 520, '8 €', -12)}${tag(600, 520, '10 €', 10)}
</svg>`;

/** A pair of brown leather hiking boots on a snowy boulder. */
function hikingBoot(x, y, s, flip = false) {
  return `<g transform="translate(${x} ${y}) scale(${flip ? -s : s} ${s})">
    <path d="M0 -210 Q-6 -230 20 -232 L120 -232 Q136 -230 134 -212 L132 -110 Q210 -100 262 -64 Q286 -46 286 -20 L286 0 L-6 0 Z" fill="#8b5a2b"/>
    <path d="M0 -210 L134 -212 L132 -190 L2 -188 Z" fill="#6e4421"/>
    <path d="M132 -110 Q210 -100 262 -64 Q286 -46 286 -20 L200 -20 Q160 -70 132 -80 Z" fill="#7a4d24"/>
    <rect x="-12" y="-22" width="304" height="30" rx="10" fill="#2b2118"/>
    <g fill="#2b2118">${Array.from({ length: 9 }, (_, i) => `<rect x="${-6 + i * 33}" y="4" width="18" height="10" rx="3"/>`).join('')}</g>
    <g stroke="#e9c46a" stroke-width="6" stroke-linecap="round">${Array.from({ length: 6 }, (_, i) => `<line x1="${96 + i * 6}" y1="${-196 + i * 18}" x2="${138 + i * 6}" y2="${-186 + i * 18}"/>`).join('')}</g>
    <g fill="#c9ccd1">${Array.from({ length: 6 }, (_, i) => `<circle cx="${94 + i * 6}" cy="${-196 + i * 18}" r="6"/>`).join('')}</g>
    <path d="M20 -170 Q60 -150 96 -160" stroke="#a8743f" stroke-width="5" fill="none"/>
  </g>`;
}
const ridgelineBoots = `<svg xmlns="http://www.w3.org/2000/svg" width="1080" height="1080" viewBox="0 0 1080 1080">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#a8c5e2"/><stop offset="1" stop-color="#e8eef5"/></linearGradient>
    <linearGradient id="rock" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#8d939c"/><stop offset="1" stop-color="#4e545c"/></linearGradient>
  </defs>
  <rect width="1080" height="1080" fill="url(#sky)"/>
  <path d="M0 520 L140 380 L260 470 L420 320 L560 460 L700 360 L860 480 L1000 390 L1080 440 L1080 1080 L0 1080 Z" fill="#c9d6e5"/>
  <g fill="#5d7a6e">${Array.from({ length: 14 }, (_, i) => { const x = 20 + i * 78; const h = 120 + (i * 37) % 70; return `<path d="M${x} 640 L${x + 34} ${640 - h} L${x + 68} 640 Z"/>`; }).join('')}</g>
  <rect x="0" y="630" width="1080" height="450" fill="#f4f7fb"/>
  <path d="M120 1080 L150 760 Q170 680 300 660 L800 650 Q930 660 960 760 L990 1080 Z" fill="url(#rock)"/>
  <path d="M150 760 Q170 680 300 660 L800 650 Q930 660 960 760 Q900 730 820 742 Q700 720 560 738 Q420 720 300 744 Q200 730 150 760 Z" fill="#ffffff"/>
  <path d="M200 880 L260 820 M700 900 L760 850 M420 960 L470 930" stroke="#3f444b" stroke-width="6" opacity="0.5"/>
  ${hikingBoot(230, 730, 1)}
  ${hikingBoot(540, 724, 0.96)}
  <g fill="#ffffff" opacity="0.9">${Array.from({ length: 40 }, (_, i) => `<circle cx="${(i * 137) % 1080}" cy="${(i * 251) % 620}" r="${2 + (i % 3)}"/>`).join('')}</g>
</svg>`;

/** The Trailhead Club's evening walk: a group with head torches on a forest path at dusk (no alt text on purpose). */
function walker(x, y, s, jacket) {
  return `<g transform="translate(${x} ${y}) scale(${s})">
    <path d="M-8 -95 L-300 -150 L-300 -30 Z" fill="url(#beam)"/>
    <path d="M-6 -38 L-14 -2 L-8 0 L0 -30 Z M2 -38 L14 -4 L20 -6 L8 -38 Z" fill="#141824"/>
    <path d="M-10 -80 Q2 -86 12 -78 L14 -40 Q2 -34 -8 -40 Z" fill="${jacket}"/>
    <circle cx="2" cy="-90" r="9" fill="#c9a88c"/>
    <rect x="-8" y="-97" width="20" height="5" fill="#222"/>
    <circle cx="-8" cy="-95" r="4" fill="#fffbe0"/>
  </g>`;
}
const meetupGroup = `<svg xmlns="http://www.w3.org/2000/svg" width="1080" height="1080" viewBox="0 0 1080 1080">
  <defs>
    <linearGradient id="dusk" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#0d1b2a"/><stop offset="0.6" stop-color="#1b3a5c"/><stop offset="1" stop-color="#3d5a80"/></linearGradient>
    <linearGradient id="beam" x1="1" y1="0" x2="0" y2="0"><stop offset="0" stop-color="#fff3b0" stop-opacity="0.45"/><stop offset="1" stop-color="#fff3b0" stop-opacity="0"/></linearGradient>
  </defs>
  <rect width="1080" height="1080" fill="url(#dusk)"/>
  <circle cx="860" cy="180" r="46" fill="#f2f0e6"/>
  <g fill="#0b1320">${Array.from({ length: 16 }, (_, i) => { const x = i * 72 - 20; const h = 260 + (i * 53) % 160; return `<path d="M${x} 720 L${x + 40} ${720 - h} L${x + 80} 720 Z"/>`; }).join('')}</g>
  <rect x="0" y="700" width="1080" height="380" fill="#1c2b3a"/>
  <path d="M1080 760 Q700 800 520 860 Q340 920 0 1000 L0 1080 L1080 1080 Z" fill="#2e4257"/>
  ${walker(330, 930, 2.2, '#e76f51')}${walker(520, 880, 2.0, '#2a9d8f')}${walker(690, 840, 1.8, '#e9c46a')}${walker(830, 810, 1.6, '#f4a261')}${walker(950, 790, 1.4, '#8ecae6')}
</svg>`;

/** Map of the 9 km evening loop from the store to the Stadtpark and back. */
const trailMap = `<svg xmlns="http://www.w3.org/2000/svg" width="1080" height="1080" viewBox="0 0 1080 1080">
  <rect width="1080" height="1080" fill="#f2efe6"/>
  <path d="M560 140 Q760 120 900 220 Q980 320 940 460 Q880 560 720 560 Q560 540 520 420 Q490 260 560 140 Z" fill="#b7d7a8"/>
  <ellipse cx="740" cy="340" rx="90" ry="60" fill="#9cc9e8"/>
  <path d="M0 760 Q240 700 420 760 Q640 840 1080 720 L1080 800 Q640 920 420 840 Q240 780 0 840 Z" fill="#9cc9e8"/>
  <g stroke="#ffffff" stroke-width="16" fill="none" stroke-linecap="round">
    <path d="M60 600 L1020 600"/><path d="M240 80 L240 1000"/><path d="M60 300 L460 300"/><path d="M440 80 L440 660"/><path d="M600 620 L1020 980"/>
  </g>
  <g stroke="#d8d2c2" stroke-width="6" fill="none"><path d="M60 450 L440 450"/><path d="M120 80 L120 700"/><path d="M340 300 L340 700"/></g>
  <path d="M240 600 L240 450 L440 450 L440 300 Q480 200 560 180 Q700 150 860 240 Q940 330 900 440 Q840 520 700 530 Q560 520 520 600 L240 600" fill="none" stroke="#c1121f" stroke-width="12" stroke-dasharray="26 14" stroke-linejoin="round"/>
  <circle cx="240" cy="600" r="26" fill="#1d3557"/><circle cx="240" cy="600" r="10" fill="#ffffff"/>
  <g font-family="DejaVu Sans, sans-serif" fill="#1d3557">
    <text x="270" y="660" font-size="34" font-weight="bold">Northwind store</text>
    <text x="600" y="420" font-size="36" font-weight="bold" fill="#2d5a27">Stadtpark</text>
    <text x="120" y="250" font-size="28" font-weight="bold" fill="#c1121f">9 km loop</text>
    <text x="600" y="812" font-size="26" font-style="italic" fill="#3a6ea5">Alster</text>
    <text x="960" y="130" font-size="40" font-weight="bold" text-anchor="middle">N</text>
  </g>
  <path d="M960 140 L944 200 L960 188 L976 200 Z" fill="#1d3557"/>
  <g transform="translate(60 1010)" font-family="DejaVu Sans, sans-serif" font-size="24" fill="#333">
    <rect width="200" height="10" fill="#333"/><rect width="100" height="10" fill="#fff" stroke="#333"/>
    <text x="0" y="40">0</text><text x="200" y="40" text-anchor="middle">1 km</text>
  </g>
</svg>`;

/** The pixels of an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium writes), as RGB. */
function decodePng(png) {
  let at = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const data = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[12] !== 0 || (body[9] !== 2 && body[9] !== 6)) throw new Error('unexpected PNG format');
      channels = body[9] === 6 ? 4 : 3;
    } else if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const row = width * channels;
  const pixels = Buffer.alloc(height * row);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (row + 1)];
    for (let x = 0; x < row; x++) {
      const left = x >= channels ? pixels[y * row + x - channels] : 0;
      const up = y > 0 ? pixels[(y - 1) * row + x] : 0;
      const corner = x >= channels && y > 0 ? pixels[(y - 1) * row + x - channels] : 0;
      const p = left + up - corner;
      const paeth = Math.abs(p - left) <= Math.abs(p - up) && Math.abs(p - left) <= Math.abs(p - corner) ? left : Math.abs(p - up) <= Math.abs(p - corner) ? up : corner;
      const predictor = [0, left, up, (left + up) >> 1, paeth][filter];
      pixels[y * row + x] = (raw[y * (row + 1) + 1 + x] + predictor) & 255;
    }
  }
  const rgb = Buffer.alloc(width * height * 3);
  for (let i = 0, j = 0; i < pixels.length; i += channels, j += 3) pixels.copy(rgb, j, i, i + 3);
  return { width, height, rgb };
}

/**
 * A palette PNG of the same picture: the 256 most frequent colours, every other colour as its
 * nearest. A flat drawing (a map) has few colours but thousands of antialiasing shades, which
 * make a true-colour PNG three times larger.
 */
function indexedPng({ width, height, rgb }) {
  const counts = new Map();
  for (let i = 0; i < rgb.length; i += 3) {
    const c = (rgb[i] << 16) | (rgb[i + 1] << 8) | rgb[i + 2];
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const palette = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 256).map(([c]) => c);
  const index = new Map();
  const nearest = (c) => {
    let best = 0;
    let bestDistance = Infinity;
    palette.forEach((p, i) => {
      const d = (((p >> 16) & 255) - ((c >> 16) & 255)) ** 2 + (((p >> 8) & 255) - ((c >> 8) & 255)) ** 2 + ((p & 255) - (c & 255)) ** 2;
      if (d < bestDistance) [best, bestDistance] = [i, d];
    });
    return best;
  };
  const raw = Buffer.alloc(height * (width + 1));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const c = (rgb[i] << 16) | (rgb[i + 1] << 8) | rgb[i + 2];
      let n = index.get(c);
      if (n === undefined) index.set(c, (n = nearest(c)));
      raw[y * (width + 1) + 1 + x] = n;
    }
  }
  const chunk = (type, body) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])) >>> 0, 0);
    return Buffer.concat([head, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 3; // indexed colour
  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach((c, i) => plte.writeUIntBE(c, i * 3, 3));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', plte),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const IMAGES = [
  { file: 'ridge-at-dawn.jpg', svg: ridgeAtDawn, width: 1200, height: 675 },
  { file: 'swap-table.jpg', svg: swapTable, width: 1080, height: 1080 },
  { file: 'ridgeline-boots.jpg', svg: ridgelineBoots, width: 1080, height: 1080 },
  { file: 'meetup-group.jpg', svg: meetupGroup, width: 1080, height: 1080 },
  { file: 'trail-map.png', svg: trailMap, width: 1080, height: 1080 },
];

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  for (const { file, svg, width, height } of IMAGES) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.setContent(`<!DOCTYPE html><html><body style="margin:0">${svg}</body></html>`);
    const path = join(OUT, file);
    const clip = { x: 0, y: 0, width, height };
    if (file.endsWith('.png')) {
      // A flat drawing: a palette PNG.
      await page.screenshot({ path, type: 'png', clip });
      writeFileSync(path, indexedPng(decodePng(readFileSync(path))));
    } else {
      // A JPEG at the best quality that fits.
      for (const quality of [82, 75, 68, 60, 52, 45]) {
        await page.screenshot({ path, type: 'jpeg', quality, clip });
        if (statSync(path).size <= MAX_BYTES) break;
      }
    }
    const size = statSync(path).size;
    if (size > MAX_BYTES) throw new Error(`${file} is ${size} bytes, over ${MAX_BYTES}: simplify the drawing`);
    console.log(`${file}  ${width}x${height}  ${(size / 1024).toFixed(1)} KB`);
    await page.close();
  }
} finally {
  await browser.close();
}
