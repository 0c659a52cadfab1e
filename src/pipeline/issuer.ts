import type { Issuer, Level, Warning } from '../schema/target-file.js';
import { findDistrictMentions, findProvinceMentions, isCentralCity, lookupDistricts, type DistrictMention, type ProvinceMention } from '../rules/gazetteer.js';
import type { Block } from './structure.js';
import { boundedMatches, leftBounded } from './boundary.js';

/**
 * Who issued the plan, at which level, for which province and district. Sources, most
 * trusted first: the letterhead ("ỦY BAN NHÂN DÂN / TỈNH KIÊN GIANG"), a "Cơ quan ban
 * hành" line, the sentence that says who issued it ("Ban Thường vụ Tỉnh ủy Hải Dương ban
 * hành …"), the title, the first organ the body names; the page footer and navigation
 * only fill in a place the body never names, with a warning.
 */


// Folded patterns; the level word after a local organ ("tỉnh", "huyện") comes next.
const NATIONAL_ORGANS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ban chap hanh trung uong(?: dang)?/, 'Ban Chấp hành Trung ương'],
  [/bo chinh tri/, 'Bộ Chính trị'],
  [/ban bi thu/, 'Ban Bí thư'],
  [/thu tuong chinh phu/, 'Thủ tướng Chính phủ'],
  [/(?<!thu tuong )chinh phu(?! nuoc)/, 'Chính phủ'],
  [/quoc hoi/, 'Quốc hội'],
  [/bo ke hoach va dau tu/, 'Bộ Kế hoạch và Đầu tư'],
  [/bo tai chinh/, 'Bộ Tài chính'],
  [/bo nong nghiep va phat trien nong thon/, 'Bộ Nông nghiệp và Phát triển nông thôn'],
  [/bo nong nghiep va moi truong/, 'Bộ Nông nghiệp và Môi trường'],
  [/bo cong thuong/, 'Bộ Công Thương'],
  [/lien minh hop tac xa viet nam/, 'Liên minh Hợp tác xã Việt Nam'],
];

const LOCAL_ORGANS: ReadonlyArray<readonly [RegExp, string, 'any' | 'province' | 'district']> = [
  [/ban thuong vu (tinh|thanh|huyen|thi|quan) uy/, 'Ban Thường vụ {unit} ủy', 'any'],
  [/ban chap hanh dang bo (tinh|thanh pho|huyen|thi xa|quan)/, 'Ban Chấp hành Đảng bộ {type}', 'any'],
  [/(tinh|thanh|huyen|thi|quan) uy/, '{unit} ủy', 'any'],
  [/(?:uy ban nhan dan|ubnd)/, 'UBND', 'any'],
  [/(?:hoi dong nhan dan|hdnd)/, 'HĐND', 'any'],
  // provincial departments and the cooperative alliance also publish plans and reports
  [/so ke hoach va dau tu/, 'Sở Kế hoạch và Đầu tư {type}', 'province'],
  [/so nong nghiep va phat trien nong thon/, 'Sở Nông nghiệp và Phát triển nông thôn {type}', 'province'],
  [/so nong nghiep va moi truong/, 'Sở Nông nghiệp và Môi trường {type}', 'province'],
  [/so tai chinh/, 'Sở Tài chính {type}', 'province'],
  [/lien minh hop tac xa/, 'Liên minh Hợp tác xã {type}', 'province'],
];

const UNIT_WORD: Record<string, string> = { tinh: 'Tỉnh', thanh: 'Thành', huyen: 'Huyện', thi: 'Thị', quan: 'Quận' };
const TYPE_WORD: Record<string, string> = { tinh: 'tỉnh', 'thanh pho': 'thành phố', tp: 'thành phố', huyen: 'huyện', 'thi xa': 'thị xã', tx: 'thị xã', quan: 'quận' };

export interface OrganMention {
  start: number;
  end: number;
  name: string;
  level: Level | null;
  province: string | null;
  district: string | null;
  /** the organ names a level but no place ("UBND tỉnh") */
  placeless: boolean;
}

interface Gazette {
  readonly provinces: ProvinceMention[];
  readonly districts: DistrictMention[];
}

// Compiled once: word-bounded, global. Every organ pattern contains one of these words,
// so a span without any of them names no organ.
const NATIONAL_RES = NATIONAL_ORGANS.map(([re, name]) => [leftBounded(new RegExp(`(?<![a-z])${re.source}(?![a-z])`, 'g')), name] as const);
const LOCAL_RES = LOCAL_ORGANS.map(([re, template]) => [leftBounded(new RegExp(`(?<![a-z])${re.source}(?![a-z])`, 'g')), template] as const);
const ANY_ORGAN_RE = /chinh phu|trung uong|bo |ban bi thu|quoc hoi|lien minh|uy|ubnd|hdnd|hoi dong|dang bo|so /;

/** Organ mentions in a span, with the place that follows each. */
export function findOrgans(folded: string, gazette: Gazette, start: number, end: number): OrganMention[] {
  const slice = folded.slice(start, end);
  if (!ANY_ORGAN_RE.test(slice)) return [];
  const found: OrganMention[] = [];
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number): boolean => !taken.some(([a, b]) => s < b && a < e);
  for (const [re, name] of NATIONAL_RES) {
    for (const m of boundedMatches(re, slice)) {
      const s = start + m.index;
      const e = s + m[0].length;
      if (!free(s, e)) continue;
      taken.push([s, e]);
      found.push({ start: s, end: e, name, level: 'national', province: null, district: null, placeless: false });
    }
  }
  for (const [re, template] of LOCAL_RES) {
    for (const m of boundedMatches(re, slice)) {
      const s = start + m.index;
      let e = s + m[0].length;
      if (!free(s, e)) continue;
      const unit = m[1];
      const rest = folded.slice(e, e + 40);
      const typeMatch = /^[\s\-–,]*(tinh|thanh pho|tp\.?|huyen|thi xa|tx\.?|quan)(?![a-z])/.exec(rest);
      const typeKey = typeMatch?.[1]?.replace('.', '') ?? (unit === 'tinh' ? 'tinh' : unit === 'huyen' ? 'huyen' : unit === 'thi' ? 'thi xa' : unit === 'quan' ? 'quan' : unit === 'thanh' ? 'thanh pho' : undefined);
      const placeFrom = e + (typeMatch ? typeMatch[0].length : 0);
      const place = placeAfter(gazette, placeFrom, typeKey);
      e = Math.max(e, place?.end ?? placeFrom);
      taken.push([s, e]);
      found.push(makeOrgan(template, unit, typeKey, place, s, e));
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

interface Place {
  end: number;
  province: string | null;
  district: string | null;
  districtType: string | null;
  candidates: readonly string[];
}

function placeAfter(g: Gazette, from: number, typeKey: string | undefined): Place | null {
  const near = (s: number): boolean => s >= from && s - from <= 3;
  const isDistrictType = typeKey === 'huyen' || typeKey === 'thi xa' || typeKey === 'quan';
  if (typeKey !== 'tinh') {
    const d = g.districts.find((x) => near(x.nameStart) || near(x.start));
    if (d && (isDistrictType || typeKey === 'thanh pho')) {
      const p = g.provinces.find((x) => x.start >= d.end && x.start - d.end <= 12);
      return { end: p?.end ?? d.end, province: d.province ?? p?.province ?? null, district: d.district, districtType: d.districtType, candidates: d.candidates };
    }
  }
  const p = g.provinces.find((x) => near(x.start));
  if (p) return { end: p.end, province: p.province, district: null, districtType: null, candidates: [] };
  return null;
}

function makeOrgan(template: string, unit: string | undefined, typeKey: string | undefined, place: Place | null, start: number, end: number): OrganMention {
  const typeWord = typeKey ? (TYPE_WORD[typeKey] ?? '') : '';
  const isDistrict = place?.district != null || typeKey === 'huyen' || typeKey === 'thi xa' || typeKey === 'quan' || unit === 'huyen' || unit === 'thi' || unit === 'quan';
  let level: Level | null = isDistrict ? 'district' : typeKey === 'tinh' || unit === 'tinh' ? 'province' : null;
  const placeName = place?.district ?? place?.province ?? null;
  if (level === null && place?.province && !place.district) level = 'province';
  if ((typeKey === 'thanh pho' || unit === 'thanh') && place?.province && !place.district) level = isCentralCity(place.province) ? 'province' : level;
  const cityOrProvince = place?.province ? (isCentralCity(place.province) ? 'thành phố' : 'tỉnh') : '';
  let name = template.replace('{unit}', UNIT_WORD[unit ?? ''] ?? '').replace('{type}', placeName ? typeWord || cityOrProvince : typeWord);
  if (template === 'UBND' || template === 'HĐND') name = `${template} ${typeWord || (level === 'district' ? 'huyện' : 'tỉnh')}`;
  if (placeName) name = `${name} ${placeName}`;
  return {
    start,
    end,
    name: name.replace(/\s+/g, ' ').trim(),
    level,
    province: place?.province ?? null,
    district: place?.district ?? null,
    placeless: placeName === null,
  };
}

export interface IssuerInput {
  text: string;
  folded: string;
  blocks: ReadonlyArray<Block>;
  /** span of the sentence that says the plan was issued ("… ban hành Kế hoạch …"), if any */
  issuingSentence: { start: number; end: number } | null;
  /** span of the title line */
  title: { start: number; end: number } | null;
}

/** Decides the issuer; adds warnings for anything inferred. */
export function detectIssuer(input: IssuerInput, warnings: Warning[]): Issuer {
  const { folded, blocks } = input;
  // districts only when asked for: a provincial plan's organs never need them
  let districts: DistrictMention[] | null = null;
  const gazette: Gazette = {
    provinces: findProvinceMentions(input.text),
    get districts() {
      return (districts ??= findDistrictMentions(input.text));
    },
  };
  const main = blocks.filter((b) => !b.chrome);
  const chrome = blocks.filter((b) => b.chrome);
  const organsIn = (bs: ReadonlyArray<Block>): OrganMention[] => bs.flatMap((b) => findOrgans(folded, gazette, b.start, b.end));

  const letterhead = letterheadOrgans(input, gazette);
  const meta = main.flatMap((b) => (/^\s*co quan ban hanh/.test(folded.slice(b.start, b.end)) ? findOrgansLoose(folded, gazette, b) : []));
  const issuing = input.issuingSentence ? authorOf(findOrgans(folded, gazette, input.issuingSentence.start, input.issuingSentence.end), folded, input.issuingSentence) : [];
  const title = input.title ? findOrgans(folded, gazette, input.title.start, input.title.end).filter((o) => !isCitation(folded, o)) : [];
  // The body and the footer are read only when the sources before them leave the question open.
  const early = [...letterhead, ...meta, ...issuing, ...title];
  const body = early.some((o) => !o.placeless) ? null : bodyOrgan(folded, gazette, main);
  const organ = early.find((o) => !o.placeless) ?? body?.placed ?? early[0] ?? body?.first ?? null;
  let footerCache: OrganMention[] | null = null;
  const footerOrgans = (): OrganMention[] => (footerCache ??= organsIn(chrome));
  let issuer: Issuer = organ
    ? { name: organ.name, level: organ.level, province: organ.province, district: organ.district, inferred: false }
    : { name: null, level: null, province: null, district: null, inferred: false };
  // "Ban Thường vụ Tỉnh ủy ban hành …" under a "TỈNH ỦY THÁI BÌNH" letterhead: the standing
  // board of that committee issued it.
  const author = issuing[0];
  const place = organ?.district ?? organ?.province;
  if (organ && author && author !== organ && author.placeless && place && author.name.includes(organ.name.replace(` ${place}`, ''))) {
    issuer = { ...issuer, name: `${author.name} ${place}` };
  }
  if (issuer.level === 'national') return { ...issuer, province: null, district: null };

  // A place the organ did not name: from the title and body, else from the page around it.
  const inMain = (s: number): boolean => main.some((b) => s >= b.start && s < b.end);
  const footerOrgan = (): OrganMention | undefined => footerOrgans().find((o) => !o.placeless && (issuer.level === null || o.level === issuer.level));
  if (issuer.level === 'district' && !issuer.district && organ?.placeless) {
    // "UBND huyện ban hành …": the district is named in the body, else only in the footer.
    const mention = gazette.districts.find((d) => inMain(d.start)) ?? gazette.districts[0];
    if (mention) {
      const inferred = !inMain(mention.start);
      issuer = { ...issuer, name: `${organ.name} ${mention.district}`, district: mention.district, province: mention.province ?? null, inferred };
      if (inferred) warnings.push({ code: 'district-from-page', message: `district ${mention.district} is named only outside the plan's text (footer or navigation)` });
    }
  }
  if (issuer.district && !issuer.province) {
    const fromFooter = footerOrgans().find((o) => o.district === issuer.district && o.province)?.province;
    const named = gazette.provinces.find((p) => inMain(p.start))?.province ?? fromFooter ?? gazette.provinces[0]?.province;
    if (named) {
      issuer = { ...issuer, province: named, inferred: !inMain(gazette.provinces.find((p) => p.province === named)?.start ?? -1) };
      if (issuer.inferred) warnings.push({ code: 'province-from-page', message: `province ${named} is named only outside the plan's text (footer or navigation)` });
    } else {
      const candidates = lookupDistricts(issuer.district);
      const provinces = [...new Set(candidates.map((c) => c.province))];
      if (provinces.length === 1) {
        issuer = { ...issuer, province: provinces[0]!, inferred: true };
        warnings.push({ code: 'province-from-gazetteer', message: `province ${provinces[0]} inferred from the district name ${issuer.district}` });
      } else if (provinces.length > 1) {
        warnings.push({ code: 'province-ambiguous', message: `district ${issuer.district} exists in several provinces (${provinces.join(', ')}); the plan names none` });
      }
    }
  } else if (!issuer.province && issuer.level !== 'district') {
    const fromMain = mainProvince(gazette.provinces.filter((p) => inMain(p.start)), input.title);
    if (fromMain) {
      issuer = withPlace(issuer, fromMain, organ);
    } else if (footerOrgan()?.province || gazette.provinces.length > 0) {
      const fo = footerOrgan();
      const province = fo?.province ?? mostFrequent(gazette.provinces.map((p) => p.province));
      if (fo && !organ) issuer = { name: fo.name, level: fo.level, province: fo.province, district: fo.district, inferred: true };
      else issuer = { ...withPlace(issuer, province, organ), inferred: true };
      warnings.push({ code: 'province-inferred', message: `the plan never names its province; ${province} is inferred from the rest of the page` });
    }
  }
  if (issuer.name === null && issuer.province) issuer = { ...issuer, level: issuer.level ?? 'province' };
  if (issuer.level === null && issuer.province) issuer = { ...issuer, level: 'province' };
  if (!issuer.name && !issuer.province) warnings.push({ code: 'issuer-unknown', message: 'no issuer found: no letterhead, no issuing sentence, no organ named' });
  return issuer;
}

/**
 * The body's first organ that names its place, read block by block up to it, and its first
 * organ. Organs in citations ("… của Chính phủ") are not the issuer.
 */
function bodyOrgan(folded: string, gazette: Gazette, main: ReadonlyArray<Block>): { placed: OrganMention | null; first: OrganMention | null } {
  let first: OrganMention | null = null;
  for (const b of main) {
    for (const o of findOrgans(folded, gazette, b.start, b.end)) {
      if (isCitation(folded, o)) continue;
      first ??= o;
      if (!o.placeless) return { placed: o, first };
    }
  }
  return { placed: null, first };
}

function withPlace(issuer: Issuer, province: string, organ: OrganMention | null): Issuer {
  const typeWord = isCentralCity(province) ? 'thành phố' : 'tỉnh';
  let name = issuer.name;
  if (organ?.placeless && name) name = /(?:tỉnh|thành phố)$/.test(name) ? `${name} ${province}` : `${name} ${province}`;
  if (!name) name = `UBND ${typeWord} ${province}`;
  return { ...issuer, name, province, level: issuer.level ?? 'province' };
}

function mainProvince(mentions: ProvinceMention[], title: { start: number; end: number } | null): string | null {
  if (mentions.length === 0) return null;
  const inTitle = title ? mentions.find((m) => m.start >= title.start && m.end <= title.end) : undefined;
  return inTitle?.province ?? mostFrequent(mentions.map((m) => m.province));
}

function mostFrequent(names: string[]): string {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  let best = names[0] ?? '';
  for (const [n, c] of counts) if (c > (counts.get(best) ?? 0)) best = n;
  return best;
}

// The first lines of a formal plan: organ names in capitals, often over two lines.
function letterheadOrgans(input: IssuerInput, gazette: Gazette): OrganMention[] {
  const head: Block[] = [];
  for (const b of input.blocks.slice(0, 14)) {
    const raw = input.text.slice(b.start, b.end);
    if (/CỘNG HÒA|CỘNG HOÀ|ĐỘC LẬP/u.test(raw)) break;
    if (b.kind === 'heading' && b.rank === 1) head.push(b);
    else if (head.length > 0) break;
  }
  if (head.length === 0) return [];
  return findOrgans(input.folded, gazette, head[0]!.start, head[head.length - 1]!.end);
}

function findOrgansLoose(folded: string, gazette: Gazette, b: Block): OrganMention[] {
  const organs = findOrgans(folded, gazette, b.start, b.end);
  if (organs.length > 0) return organs;
  // "Cơ quan ban hành: Tỉnh Kiên Giang"
  const p = gazette.provinces.find((x) => x.start >= b.start && x.end <= b.end);
  return p ? [{ start: p.start, end: p.end, name: `UBND tỉnh ${p.province}`, level: 'province', province: p.province, district: null, placeless: false }] : [];
}

// In "X ban hành Kế hoạch", X is the organ just before "ban hành".
function authorOf(organs: OrganMention[], folded: string, span: { start: number; end: number }): OrganMention[] {
  const text = folded.slice(span.start, span.end);
  const issued = text.search(/ban hanh/);
  const verb = issued >= 0 ? issued : text.search(/(?:phe duyet|trien khai)/);
  if (verb < 0) return organs.slice(0, 1);
  const at = span.start + verb;
  const before = organs.filter((o) => o.end <= at);
  return before.length > 0 ? [before[before.length - 1]!] : [];
}

// "Nghị quyết số 20-NQ/TW của Ban Chấp hành Trung ương", "Căn cứ … của Chính phủ": authors of cited documents.
function isCitation(folded: string, o: OrganMention): boolean {
  const before = folded.slice(Math.max(0, o.start - 60), o.start);
  return /cua\s*$/.test(before) || /(?:can cu|thuc hien|theo)[^.;]*$/.test(before);
}

export type { DistrictMention, ProvinceMention };
