/**
 * Portraits of the demo hall's fictional staff, drawn by code: flat head-and-shoulders
 * illustrations, never a photo and never a real person. Plain SVG shapes only — no scripts, no
 * links, no external references — so the photo route can serve them as they are.
 */
import { seededRandom, type Random } from './random';

const WIDTH = 240;
const HEIGHT = 300;

// Repeated entries weight the draw: most people in the hall have dark hair, a few are greying.
const SKIN = [
  '#f7dcc2',
  '#f2cfae',
  '#f2cfae',
  '#ecc39e',
  '#ecc39e',
  '#e3b48c',
  '#d6a37b',
  '#c8936b',
];
const HAIR = [
  '#1d1a18',
  '#1d1a18',
  '#2a211c',
  '#2a211c',
  '#2b2a30',
  '#3a2a20',
  '#4d3526',
  '#3a2a20',
  '#4d3526',
  '#62442f',
  '#777370',
];
const BACKGROUND = ['#e4eef8', '#e9f3e6', '#fbeee2', '#efe9f7', '#e3f2f1', '#f8e9ec', '#f4f1e4'];
const SHIRT = ['#ffffff', '#dfe9f5', '#f3efe6', '#e8eef0', '#f6e3e6', '#e6f0e4'];
const TOP = [
  '#2f3e5c',
  '#44546a',
  '#5b6470',
  '#6d5a4b',
  '#3f5f5a',
  '#7b8794',
  '#8a6f88',
  '#a4876a',
];
const LANYARD = ['#2c6fb7', '#3c8a5c', '#c0563b', '#6b4fa0'];

type HairStyle = 'crop' | 'side-part' | 'bob' | 'long' | 'bun' | 'short-fringe';
const STYLES: readonly HairStyle[] = ['crop', 'side-part', 'bob', 'long', 'bun', 'short-fringe'];

/** Scales each channel of `#rrggbb` by `factor` (below 1 darkens, above 1 lightens). */
function shade(hex: string, factor: number): string {
  const channel = (i: number) => {
    const value = Math.round(parseInt(hex.slice(i, i + 2), 16) * factor);
    return Math.min(255, Math.max(0, value)).toString(16).padStart(2, '0');
  };
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}

// The head is an ellipse centred at (120, 128), 47 wide each side and 57 high each way.
function backHair(style: HairStyle, color: string): string {
  switch (style) {
    case 'bob':
      return `<path d="M66 132 C60 82 90 58 120 58 C150 58 180 82 174 132 L176 180 Q170 188 156 184 L84 184 Q70 188 64 180 Z" fill="${color}"/>`;
    case 'long':
      return `<path d="M64 132 C58 80 90 56 120 56 C150 56 182 80 176 132 L182 236 C166 246 150 242 146 232 L94 232 C90 242 74 246 58 236 Z" fill="${color}"/>`;
    case 'bun':
      return `<circle cx="120" cy="60" r="21" fill="${color}"/>`;
    default:
      return '';
  }
}

function frontHair(style: HairStyle, color: string): string {
  switch (style) {
    case 'crop':
      return `<path d="M72 128 C68 86 92 64 120 64 C148 64 172 86 168 128 C165 112 159 102 150 98 C134 92 106 92 90 98 C81 102 75 112 72 128 Z" fill="${color}"/>`;
    case 'side-part':
      return `<path d="M72 130 C66 84 92 62 122 62 C152 62 174 86 168 128 C164 108 156 98 146 94 C130 88 112 92 100 104 C90 96 80 110 72 130 Z" fill="${color}"/>`;
    case 'short-fringe':
      return `<path d="M71 130 C66 84 92 62 120 62 C148 62 174 84 169 130 C166 114 160 106 154 104 C146 112 132 110 124 104 C114 112 98 112 90 104 C82 106 75 114 71 130 Z" fill="${color}"/>`;
    case 'bob':
      return `<path d="M72 126 C70 86 94 66 120 66 C146 66 170 86 168 126 C160 104 142 96 124 100 C108 98 86 104 72 126 Z" fill="${color}"/>`;
    case 'long':
      return (
        `<path d="M73 128 C70 86 94 64 120 64 C146 64 170 86 167 128 C160 106 146 94 128 92 C126 100 110 104 73 128 Z" fill="${color}"/>` +
        `<path d="M74 120 C66 160 68 206 80 240 L96 236 C88 204 84 166 86 128 Z" fill="${color}"/>` +
        `<path d="M166 120 C174 160 172 206 160 240 L144 236 C152 204 156 166 154 128 Z" fill="${color}"/>`
      );
    case 'bun':
      return `<path d="M72 126 C70 84 94 64 120 64 C146 64 170 84 168 126 C162 108 150 98 134 96 C122 94 100 96 88 104 C80 110 75 116 72 126 Z" fill="${color}"/>`;
  }
}

function glasses(): string {
  return (
    '<g fill="#ffffff" fill-opacity="0.18" stroke="#3b3b40" stroke-width="2.5">' +
    '<rect x="88" y="120" width="27" height="22" rx="8"/>' +
    '<rect x="125" y="120" width="27" height="22" rx="8"/>' +
    '</g>' +
    '<path d="M115 129 Q120 126 125 129 M88 128 L75 125 M152 128 L165 125" fill="none" stroke="#3b3b40" stroke-width="2.5" stroke-linecap="round"/>'
  );
}

function clothes(random: Random): string {
  const body = 'M18 300 C22 252 56 224 100 214 L140 214 C184 224 218 252 222 300 Z';
  const shirt = random.pick(SHIRT);
  if (random.next() < 0.6) {
    // A jacket or cardigan over a shirt: the shirt shows as a V at the neck.
    const top = random.pick(TOP);
    return (
      `<path d="${body}" fill="${top}"/>` +
      `<path d="M100 214 L120 268 L140 214 Z" fill="${shirt}"/>` +
      `<path d="M100 214 L120 268 L108 226 Z M140 214 L120 268 L132 226 Z" fill="${shade(top, 0.82)}"/>` +
      `<path d="M104 213 L120 236 L136 213 L130 210 L120 226 L110 210 Z" fill="${shade(shirt, 0.94)}"/>`
    );
  }
  const knit = random.next() < 0.5 ? shirt : random.pick(TOP);
  return (
    `<path d="${body}" fill="${knit}"/>` +
    `<path d="M102 213 Q120 236 138 213" fill="none" stroke="${shade(knit, 0.85)}" stroke-width="5"/>`
  );
}

function lanyard(random: Random): string {
  const color = random.pick(LANYARD);
  return (
    `<path d="M106 216 L114 262 M134 216 L126 262" stroke="${color}" stroke-width="3.5" fill="none"/>` +
    '<rect x="106" y="258" width="28" height="36" rx="3" fill="#ffffff" stroke="#c9ced6"/>' +
    `<rect x="110" y="263" width="20" height="6" rx="1" fill="${color}"/>` +
    '<rect x="113" y="273" width="14" height="14" rx="2" fill="#dde3ea"/>'
  );
}

/** A friendly, calm, made-up face for a seed: the same seed always draws the same person. */
export function portraitSvg(seed: number): string {
  const random = seededRandom(seed * 7919 + 17);
  const skin = random.pick(SKIN);
  const hair = random.pick(HAIR);
  const style = random.pick(STYLES);
  const background = random.pick(BACKGROUND);
  const wearsGlasses = random.next() < 0.3;
  const wearsLanyard = random.next() < 0.55;
  const cloth = clothes(random);
  const skinShade = shade(skin, 0.9);
  const smileWidth = random.int(11, 15);
  const browTilt = random.int(0, 3);

  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="${background}"/>`,
    `<circle cx="120" cy="136" r="104" fill="${shade(background, 1.04)}"/>`,
    backHair(style, hair),
    // Neck, then shoulders over its base.
    `<path d="M103 168 L103 214 Q120 226 137 214 L137 168 Z" fill="${skinShade}"/>`,
    cloth,
    wearsLanyard ? lanyard(random) : '',
    // Ears behind the face.
    `<ellipse cx="74" cy="134" rx="8" ry="12" fill="${skinShade}"/>`,
    `<ellipse cx="166" cy="134" rx="8" ry="12" fill="${skinShade}"/>`,
    `<ellipse cx="120" cy="128" rx="47" ry="57" fill="${skin}"/>`,
    frontHair(style, hair),
    // Brows, eyes with a glint, a small nose, soft cheeks and a calm smile.
    `<path d="M92 ${116 + browTilt} Q102 ${111 + browTilt} 112 ${115 + browTilt} M128 ${115 + browTilt} Q138 ${111 + browTilt} 148 ${116 + browTilt}" fill="none" stroke="${shade(hair, 0.9)}" stroke-width="3.5" stroke-linecap="round"/>`,
    '<ellipse cx="102" cy="132" rx="4.5" ry="5.5" fill="#2d2420"/>',
    '<ellipse cx="138" cy="132" rx="4.5" ry="5.5" fill="#2d2420"/>',
    '<circle cx="103.5" cy="130" r="1.4" fill="#ffffff"/>',
    '<circle cx="139.5" cy="130" r="1.4" fill="#ffffff"/>',
    `<path d="M120 140 Q116 152 121 155" fill="none" stroke="${shade(skin, 0.78)}" stroke-width="2.5" stroke-linecap="round"/>`,
    '<circle cx="95" cy="155" r="8" fill="#f08f8f" fill-opacity="0.22"/>',
    '<circle cx="145" cy="155" r="8" fill="#f08f8f" fill-opacity="0.22"/>',
    `<path d="M${120 - smileWidth} 165 Q120 ${174 + (smileWidth - 11)} ${120 + smileWidth} 165" fill="none" stroke="#a3544b" stroke-width="3" stroke-linecap="round"/>`,
    wearsGlasses ? glasses() : '',
    '</svg>',
  ];
  return parts.join('');
}
