import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  DISTRICT_ENTRIES,
  PROVINCE_ENTRIES,
  findDistrictMentions,
  findProvinceMentions,
  foldVietnamese,
  isCentralCity,
  lookupDistricts,
  lookupProvince,
  lookupProvince2025,
  provinceBy2025,
} from '../src/rules/gazetteer.js';
import { DISTRICTS, PROVINCES, PROVINCES_2025 } from '../src/rules/provinces.js';

/** What the mentions found, as [province, the text they cover]. */
function provincesIn(text: string): Array<[string, string]> {
  return findProvinceMentions(text).map((m) => [m.province, text.slice(m.start, m.end)]);
}

describe('foldVietnamese', () => {
  it.each([
    ['Đắk Lắk', 'dak lak'],
    ['TỈNH SÓC TRĂNG', 'tinh soc trang'],
    ['Thừa Thiên Huế', 'thua thien hue'],
    ['Hoà Bình / Hòa Bình', 'hoa binh / hoa binh'],
    ['Bà Rịa - Vũng Tàu', 'ba ria - vung tau'],
    ['ƯỚC TÍNH 70% ĐẠT', 'uoc tinh 70% dat'],
    ['Ðà Nẵng', 'da nang'], // Icelandic Ð from old TCVN3 conversions
  ])('%s → %s', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });

  it.each([
    'Cộng hòa xã hội chủ nghĩa Việt Nam\r\nĐộc lập - Tự do - Hạnh phúc',
    'Hà Nội'.normalize('NFD'),
    'İstanbul ß ﬁ 😀 x\u00A0y',
    '',
    'ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG',
  ])('keeps the length of %j', (input) => {
    expect(foldVietnamese(input)).toHaveLength(input.length);
  });

  it('keeps a long text in one piece', () => {
    const long = 'Sóc Trăng '.repeat(5000);
    expect(foldVietnamese(long)).toBe('soc trang '.repeat(5000));
  });
});

describe('the tables', () => {
  it('list 63 provinces with unique names and codes', () => {
    expect(PROVINCES).toHaveLength(63);
    expect(new Set(PROVINCES.map((p) => p.name)).size).toBe(63);
    expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(63);
    expect(PROVINCES.filter((p) => p.type === 'thành phố').map((p) => p.name)).toEqual([
      'Hà Nội',
      'Hải Phòng',
      'Đà Nẵng',
      'Hồ Chí Minh',
      'Cần Thơ',
    ]);
  });

  it('list 34 units since 2025, 6 of them cities, covering each old province once', () => {
    expect(PROVINCES_2025).toHaveLength(34);
    expect(PROVINCES_2025.filter((u) => u.type === 'thành phố').map((u) => u.name).sort()).toEqual(
      ['Cần Thơ', 'Hà Nội', 'Hải Phòng', 'Huế', 'Hồ Chí Minh', 'Đà Nẵng'].sort(),
    );
    const members = PROVINCES_2025.flatMap((u) => [...u.members]);
    expect(members.sort()).toEqual(PROVINCES.map((p) => p.name).sort());
    expect(PROVINCES_2025.filter((u) => u.members.length === 1)).toHaveLength(11);
  });

  it('are written in NFC', () => {
    const strings = [
      ...PROVINCES.flatMap((p) => [p.name, ...p.aliases]),
      ...DISTRICT_ENTRIES.map((d) => d.name),
      ...PROVINCES_2025.map((u) => u.name),
    ];
    for (const s of strings) expect(s).toBe(s.normalize('NFC'));
  });

  it('list districts for every province, without duplicates', () => {
    expect(DISTRICTS.map((g) => g.province).sort()).toEqual(PROVINCES.map((p) => p.name).sort());
    const keys = DISTRICT_ENTRIES.map((d) => `${d.province}|${d.type}|${d.name}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(DISTRICT_ENTRIES.length).toBeGreaterThanOrEqual(700);
  });
});

describe('provinceBy2025: the 63 → 34 mapping of Resolution 202/2025/QH15', () => {
  // Written out by hand, not derived from the tables.
  it.each([
    ['Hà Nội', 'Hà Nội'],
    ['Hà Giang', 'Tuyên Quang'],
    ['Cao Bằng', 'Cao Bằng'],
    ['Bắc Kạn', 'Thái Nguyên'],
    ['Tuyên Quang', 'Tuyên Quang'],
    ['Lào Cai', 'Lào Cai'],
    ['Điện Biên', 'Điện Biên'],
    ['Lai Châu', 'Lai Châu'],
    ['Sơn La', 'Sơn La'],
    ['Yên Bái', 'Lào Cai'],
    ['Hòa Bình', 'Phú Thọ'],
    ['Thái Nguyên', 'Thái Nguyên'],
    ['Lạng Sơn', 'Lạng Sơn'],
    ['Quảng Ninh', 'Quảng Ninh'],
    ['Bắc Giang', 'Bắc Ninh'],
    ['Phú Thọ', 'Phú Thọ'],
    ['Vĩnh Phúc', 'Phú Thọ'],
    ['Bắc Ninh', 'Bắc Ninh'],
    ['Hải Dương', 'Hải Phòng'],
    ['Hải Phòng', 'Hải Phòng'],
    ['Hưng Yên', 'Hưng Yên'],
    ['Thái Bình', 'Hưng Yên'],
    ['Hà Nam', 'Ninh Bình'],
    ['Nam Định', 'Ninh Bình'],
    ['Ninh Bình', 'Ninh Bình'],
    ['Thanh Hóa', 'Thanh Hóa'],
    ['Nghệ An', 'Nghệ An'],
    ['Hà Tĩnh', 'Hà Tĩnh'],
    ['Quảng Bình', 'Quảng Trị'],
    ['Quảng Trị', 'Quảng Trị'],
    ['Thừa Thiên Huế', 'Huế'],
    ['Đà Nẵng', 'Đà Nẵng'],
    ['Quảng Nam', 'Đà Nẵng'],
    ['Quảng Ngãi', 'Quảng Ngãi'],
    ['Bình Định', 'Gia Lai'],
    ['Phú Yên', 'Đắk Lắk'],
    ['Khánh Hòa', 'Khánh Hòa'],
    ['Ninh Thuận', 'Khánh Hòa'],
    ['Bình Thuận', 'Lâm Đồng'],
    ['Kon Tum', 'Quảng Ngãi'],
    ['Gia Lai', 'Gia Lai'],
    ['Đắk Lắk', 'Đắk Lắk'],
    ['Đắk Nông', 'Lâm Đồng'],
    ['Lâm Đồng', 'Lâm Đồng'],
    ['Bình Phước', 'Đồng Nai'],
    ['Tây Ninh', 'Tây Ninh'],
    ['Bình Dương', 'Hồ Chí Minh'],
    ['Đồng Nai', 'Đồng Nai'],
    ['Bà Rịa - Vũng Tàu', 'Hồ Chí Minh'],
    ['Hồ Chí Minh', 'Hồ Chí Minh'],
    ['Long An', 'Tây Ninh'],
    ['Tiền Giang', 'Đồng Tháp'],
    ['Bến Tre', 'Vĩnh Long'],
    ['Trà Vinh', 'Vĩnh Long'],
    ['Vĩnh Long', 'Vĩnh Long'],
    ['Đồng Tháp', 'Đồng Tháp'],
    ['An Giang', 'An Giang'],
    ['Kiên Giang', 'An Giang'],
    ['Cần Thơ', 'Cần Thơ'],
    ['Hậu Giang', 'Cần Thơ'],
    ['Sóc Trăng', 'Cần Thơ'],
    ['Bạc Liêu', 'Cà Mau'],
    ['Cà Mau', 'Cà Mau'],
  ])('%s → %s', (old, unit) => {
    expect(lookupProvince(old)?.name).toBe(old);
    expect(provinceBy2025(old)).toBe(unit);
  });

  it('covers all 63 in the hand-written table above', () => {
    expect(PROVINCE_ENTRIES).toHaveLength(63);
  });

  it.each(PROVINCES_2025.map((u) => u.name))('is the identity on the 2025 unit %s', (name) => {
    expect(provinceBy2025(name)).toBe(name);
    expect(lookupProvince2025(name)?.name).toBe(name);
  });

  it.each([
    ['tỉnh Sóc Trăng', 'Cần Thơ'],
    ['TINH BAC KAN', 'Thái Nguyên'],
    ['TP.HCM', 'Hồ Chí Minh'],
    ['BR-VT', 'Hồ Chí Minh'],
    ['Huế', 'Huế'],
    ['thành phố Huế', 'Huế'],
    ['Đắc Lắc', 'Đắk Lắk'],
    ['Kontum', 'Quảng Ngãi'],
  ])('maps the alias %s → %s', (alias, unit) => {
    expect(provinceBy2025(alias)).toBe(unit);
  });

  it.each(['Sài Gòn', 'Việt Nam', 'Hà', 'Tây Nguyên', ''])('knows nothing of %j', (name) => {
    expect(provinceBy2025(name)).toBeUndefined();
    expect(lookupProvince(name)).toBeUndefined();
  });
});

describe('lookupProvince', () => {
  it.each([
    ['Hồ Chí Minh', 'Hồ Chí Minh'],
    ['TP.HCM', 'Hồ Chí Minh'],
    ['Tp.HCM', 'Hồ Chí Minh'],
    ['TPHCM', 'Hồ Chí Minh'],
    ['TP HCM', 'Hồ Chí Minh'],
    ['TP. Hồ Chí Minh', 'Hồ Chí Minh'],
    ['Thành phố Hồ Chí Minh', 'Hồ Chí Minh'],
    ['THÀNH PHỐ HỒ CHÍ MINH', 'Hồ Chí Minh'],
    ['HCM', 'Hồ Chí Minh'],
    ['Huế', 'Thừa Thiên Huế'],
    ['Thừa Thiên - Huế', 'Thừa Thiên Huế'],
    ['TT-Huế', 'Thừa Thiên Huế'],
    ['thua thien hue', 'Thừa Thiên Huế'],
    ['BR-VT', 'Bà Rịa - Vũng Tàu'],
    ['Bà Rịa Vũng Tàu', 'Bà Rịa - Vũng Tàu'],
    ['Bà Rịa–Vũng Tàu', 'Bà Rịa - Vũng Tàu'],
    ['Đắc Lắc', 'Đắk Lắk'],
    ['Daklak', 'Đắk Lắk'],
    ['Đăk Lăk', 'Đắk Lắk'],
    ['Đắk Nông', 'Đắk Nông'],
    ['Đăk Nông', 'Đắk Nông'],
    ['Kon Tum', 'Kon Tum'],
    ['Kontum', 'Kon Tum'],
    ['Hoà Bình', 'Hòa Bình'],
    ['Khánh Hoà', 'Khánh Hòa'],
    ['Thanh Hoá', 'Thanh Hóa'],
    ['Bắc Cạn', 'Bắc Kạn'],
    ['TỈNH SÓC TRĂNG', 'Sóc Trăng'],
    ['tinh soc trang', 'Sóc Trăng'],
    ['  Tỉnh   Kiên Giang ', 'Kiên Giang'],
    ['Sóc Trăng'.normalize('NFD'), 'Sóc Trăng'],
    ['ĐỒNG THÁP', 'Đồng Tháp'],
  ])('%s → %s', (alias, name) => {
    expect(lookupProvince(alias)?.name).toBe(name);
  });

  it('gives the canonical entry', () => {
    expect(lookupProvince('tp hcm')).toMatchObject({ name: 'Hồ Chí Minh', type: 'thành phố', code: '79', unit2025: 'Hồ Chí Minh' });
    expect(lookupProvince('Sóc Trăng')).toMatchObject({ name: 'Sóc Trăng', type: 'tỉnh', code: '94', unit2025: 'Cần Thơ' });
  });
});

describe('isCentralCity', () => {
  it.each([
    ['Hà Nội', true],
    ['Hồ Chí Minh', true],
    ['TP.HCM', true],
    ['Hải Phòng', true],
    ['Đà Nẵng', true],
    ['Cần Thơ', true],
    ['thành phố Cần Thơ', true],
    ['Huế', true],
    ['Thừa Thiên Huế', false],
    ['Hải Dương', false],
    ['Bình Dương', false],
    ['Sóc Trăng', false],
    ['Sài Gòn', false],
    ['Việt Nam', false],
  ])('%s → %s', (name, expected) => {
    expect(isCentralCity(name)).toBe(expected);
  });
});

describe('findProvinceMentions', () => {
  it.each<[string, Array<[string, string]>]>([
    // Issuers and letterheads as the seeds write them.
    ['Ban Thường vụ Tỉnh ủy Hải Dương ban hành Chương trình hành động số 64-CTr/TU', [['Hải Dương', 'Hải Dương']]],
    ['ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\n-------', [['Kiên Giang', 'KIÊN GIANG']]],
    ['Cơ quan chủ quản: ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH - TỈNH SÓC TRĂNG', [['Sóc Trăng', 'SÓC TRĂNG']]],
    ['Kiên Giang, ngày 20 tháng 10 năm 2023', [['Kiên Giang', 'Kiên Giang']]],
    ['Năm 2024, tỉnh Bắc Kạn phấn đấu hoàn thành các mục tiêu', [['Bắc Kạn', 'Bắc Kạn']]],
    // Without diacritics, in capitals, with odd spaces and line ends.
    ['tinh soc trang', [['Sóc Trăng', 'soc trang']]],
    ['TINH SOC TRANG', [['Sóc Trăng', 'SOC TRANG']]],
    ['UBND TỈNH SÓC TRĂNG\r\n', [['Sóc Trăng', 'SÓC TRĂNG']]],
    ['tỉnh\u00A0Sóc\u00A0Trăng', [['Sóc Trăng', 'Sóc\u00A0Trăng']]],
    ['Ha Noi va Da Nang', [['Hà Nội', 'Ha Noi'], ['Đà Nẵng', 'Da Nang']]],
    // Aliases and short forms.
    ['TP.HCM, TP. Hồ Chí Minh, Tp HCM và TPHCM', [
      ['Hồ Chí Minh', 'HCM'],
      ['Hồ Chí Minh', 'Hồ Chí Minh'],
      ['Hồ Chí Minh', 'HCM'],
      ['Hồ Chí Minh', 'TPHCM'],
    ]],
    ['Thành phố Hồ Chí Minh', [['Hồ Chí Minh', 'Hồ Chí Minh']]],
    ['tỉnh Bà Rịa - Vũng Tàu; BR-VT', [['Bà Rịa - Vũng Tàu', 'Bà Rịa - Vũng Tàu'], ['Bà Rịa - Vũng Tàu', 'BR-VT']]],
    ['tỉnh Bà Rịa–Vũng Tàu', [['Bà Rịa - Vũng Tàu', 'Bà Rịa–Vũng Tàu']]],
    ['Đắc Lắc, Đăk Lăk, Daklak, Đăk Nông, Kontum', [
      ['Đắk Lắk', 'Đắc Lắc'],
      ['Đắk Lắk', 'Đăk Lăk'],
      ['Đắk Lắk', 'Daklak'],
      ['Đắk Nông', 'Đăk Nông'],
      ['Kon Tum', 'Kontum'],
    ]],
    ['tỉnh Hoà Bình và tỉnh Khánh Hoà', [['Hòa Bình', 'Hoà Bình'], ['Khánh Hòa', 'Khánh Hoà']]],
    // Huế: the whole name, or after a prefix, or further down a list of provinces.
    ['tỉnh Thừa Thiên Huế', [['Thừa Thiên Huế', 'Thừa Thiên Huế']]],
    ['Thừa Thiên - Huế', [['Thừa Thiên Huế', 'Thừa Thiên - Huế']]],
    ['thành phố Huế', [['Thừa Thiên Huế', 'Huế']]],
    ['TP. Huế', [['Thừa Thiên Huế', 'Huế']]],
    ['các thành phố Hà Nội, Hồ Chí Minh và Huế', [
      ['Hà Nội', 'Hà Nội'],
      ['Hồ Chí Minh', 'Hồ Chí Minh'],
      ['Thừa Thiên Huế', 'Huế'],
    ]],
    // Longest and leftmost match.
    ['Hà Nam Định', [['Hà Nam', 'Hà Nam']]],
    ['các tỉnh Hà Nam, Nam Định', [['Hà Nam', 'Hà Nam'], ['Nam Định', 'Nam Định']]],
    ['Hà Nội-Hải Phòng-Quảng Ninh', [['Hà Nội', 'Hà Nội'], ['Hải Phòng', 'Hải Phòng'], ['Quảng Ninh', 'Quảng Ninh']]],
    ['THÀNH ỦY HÀ NỘI; Tỉnh uỷ Hưng Yên', [['Hà Nội', 'HÀ NỘI'], ['Hưng Yên', 'Hưng Yên']]],
    ['tỉnh Quảng Nam - Đà Nẵng cũ', [['Quảng Nam', 'Quảng Nam'], ['Đà Nẵng', 'Đà Nẵng']]],
    // Common words are provinces when the text says so.
    ['tỉnh Hòa Bình', [['Hòa Bình', 'Hòa Bình']]],
    ['Liên minh HTX Hòa Bình', [['Hòa Bình', 'Hòa Bình']]],
    ['UBND TỈNH HÒA BÌNH', [['Hòa Bình', 'HÒA BÌNH']]],
    ['Hải Phòng và Cần Thơ', [['Hải Phòng', 'Hải Phòng'], ['Cần Thơ', 'Cần Thơ']]],
    ['Liên minh Hợp tác xã tỉnh Sóc Trăng', [['Sóc Trăng', 'Sóc Trăng']]],
    ['Liên minh Hợp tác xã Sóc Trăng', [['Sóc Trăng', 'Sóc Trăng']]],
  ])('%j', (text, expected) => {
    expect(provincesIn(text)).toEqual(expected);
  });

  it.each([
    'tư tưởng Hồ Chí Minh',
    'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
    'phòng, chống diễn biến hòa bình',
    'DIỄN BIẾN HÒA BÌNH',
    'Diễn biến phức tạp',
    'nhà văn hóa đa năng',
    'Nhà Đa Năng',
    'khu vực Châu Á - Thái Bình Dương',
    'Phó Thủ tướng Nguyễn Hòa Bình',
    'cao bằng các nước trong khu vực',
    'hai phòng chuyên môn',
    'Hai phòng chức năng',
    'cần thợ may',
    'cô Huế',
    'Huế',
    'HCM',
    'huyện Quảng Ninh',
    'thị xã Quảng Trị',
    'xã Hòa Bình',
    'phường Long An',
    'sông Đồng Nai',
    'đường Hải Phòng',
    'chiến thắng Điện Biên Phủ',
    'vùng Đồng Tháp Mười',
    'Hà Nhung',
    'Sài Gòn',
    'Việt Nam',
    'hòa bình, ổn định',
    'soc trang', // bare and lower case: no evidence it is a name
    'tính Sóc', // "tính" (count) is not "tỉnh", and "Sóc" alone is nothing
  ])('finds no province in %j', (text) => {
    expect(findProvinceMentions(text)).toEqual([]);
  });

  it('reports offsets in the caller’s NFD string', () => {
    const text = 'Ủy ban nhân dân tỉnh Sóc Trăng và Thành phố Hồ Chí Minh'.normalize('NFD');
    const found = findProvinceMentions(text);
    expect(found.map((m) => m.province)).toEqual(['Sóc Trăng', 'Hồ Chí Minh']);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual([
      'Sóc Trăng'.normalize('NFD'),
      'Hồ Chí Minh'.normalize('NFD'),
    ]);
  });

  it('gives the 2025 unit and the level', () => {
    expect(findProvinceMentions('tỉnh Sóc Trăng')).toEqual([
      { province: 'Sóc Trăng', province2025: 'Cần Thơ', start: 5, end: 14, level: 'province' },
    ]);
  });

  it('is word-boundary safe', () => {
    expect(findProvinceMentions('tỉnh Long Anh')).toEqual([]);
    expect(findProvinceMentions('Hà Nội2')).toEqual([]);
    expect(findProvinceMentions('XHà Nội')).toEqual([]);
  });
});

describe('findDistrictMentions', () => {
  const CHAU_THANH_HUYEN = [
    'Long An',
    'Tiền Giang',
    'Bến Tre',
    'Trà Vinh',
    'Đồng Tháp',
    'An Giang',
    'Kiên Giang',
    'Hậu Giang',
    'Sóc Trăng',
    'Tây Ninh',
  ];

  it('lists every province that has a huyện Châu Thành', () => {
    const [m] = findDistrictMentions('UBND huyện Châu Thành ban hành Kế hoạch');
    expect(m).toMatchObject({ district: 'Châu Thành', districtType: 'huyện', exactType: true, level: 'district' });
    expect([...(m?.candidates ?? [])].sort()).toEqual([...CHAU_THANH_HUYEN].sort());
    expect(m?.province).toBeUndefined();
  });

  it.each([
    ['UBND HUYỆN CHÂU THÀNH - TỈNH SÓC TRĂNG', 'Sóc Trăng'],
    ['huyện Châu Thành, tỉnh Tiền Giang', 'Tiền Giang'],
    ['huyện Châu Thành (Bến Tre)', 'Bến Tre'],
    ['Huyện Châu Thành, Tỉnh Sóc Trăng', 'Sóc Trăng'],
  ])('settles %j on the province named after it', (text, province) => {
    const [m] = findDistrictMentions(text);
    expect(m?.province).toBe(province);
    expect(m?.candidates).toContain(province);
  });

  it.each<[string, string, string, string[]]>([
    ['huyện Phú Tân', 'Phú Tân', 'huyện', ['An Giang', 'Cà Mau']],
    ['huyện Tam Nông', 'Tam Nông', 'huyện', ['Phú Thọ', 'Đồng Tháp']],
    ['huyện Chợ Mới', 'Chợ Mới', 'huyện', ['Bắc Kạn', 'An Giang']],
    ['huyện Phong Điền', 'Phong Điền', 'huyện', ['Thừa Thiên Huế', 'Cần Thơ']],
    ['huyện Bảo Lâm', 'Bảo Lâm', 'huyện', ['Cao Bằng', 'Lâm Đồng']],
    ['huyện An Lão', 'An Lão', 'huyện', ['Hải Phòng', 'Bình Định']],
    ['huyện Vĩnh Thạnh', 'Vĩnh Thạnh', 'huyện', ['Bình Định', 'Cần Thơ']],
    ['huyện Kỳ Anh', 'Kỳ Anh', 'huyện', ['Hà Tĩnh']],
    ['huyện Quảng Ninh', 'Quảng Ninh', 'huyện', ['Quảng Bình']],
    ['huyện Hòa Bình', 'Hòa Bình', 'huyện', ['Bạc Liêu']],
    ['thành phố Hòa Bình', 'Hòa Bình', 'thành phố', ['Hòa Bình']],
    ['thị xã Sơn Tây', 'Sơn Tây', 'thị xã', ['Hà Nội']],
    ['huyện Sơn Tây', 'Sơn Tây', 'huyện', ['Quảng Ngãi']],
    ['thị xã Phú Mỹ', 'Phú Mỹ', 'thị xã', ['Bà Rịa - Vũng Tàu']],
    ['huyện Phù Mỹ', 'Phù Mỹ', 'huyện', ['Bình Định']],
    ['huyện Phù Ninh', 'Phù Ninh', 'huyện', ['Phú Thọ']],
    ['huyện Phú Ninh', 'Phú Ninh', 'huyện', ['Quảng Nam']],
    ['huyện Châu Thành A', 'Châu Thành A', 'huyện', ['Hậu Giang']],
    ['thị xã Long Mỹ', 'Long Mỹ', 'thị xã', ['Hậu Giang']],
    ['thành phố Cao Lãnh', 'Cao Lãnh', 'thành phố', ['Đồng Tháp']],
    ['TX. Ngã Năm', 'Ngã Năm', 'thị xã', ['Sóc Trăng']],
    ['TP Sóc Trăng', 'Sóc Trăng', 'thành phố', ['Sóc Trăng']],
    ['thành phố Huế', 'Huế', 'thành phố', ['Thừa Thiên Huế']],
    ['Quận 1', '1', 'quận', ['Hồ Chí Minh']],
    ['quận Tân Phú', 'Tân Phú', 'quận', ['Hồ Chí Minh']],
    ['huyện Tân Phú', 'Tân Phú', 'huyện', ['Đồng Nai']],
    ['quận Ninh Kiều', 'Ninh Kiều', 'quận', ['Cần Thơ']],
    ['thành phố Phan Rang - Tháp Chàm', 'Phan Rang - Tháp Chàm', 'thành phố', ['Ninh Thuận']],
    ["huyện Ia H'Drai", "Ia H'Drai", 'huyện', ['Kon Tum']],
    ['huyện Cư M’gar', "Cư M'gar", 'huyện', ['Đắk Lắk']],
    ['HUYỆN GIỒNG RIỀNG', 'Giồng Riềng', 'huyện', ['Kiên Giang']],
    ['huyen giong rieng', 'Giồng Riềng', 'huyện', ['Kiên Giang']],
    ['huyện Ứng Hoà', 'Ứng Hòa', 'huyện', ['Hà Nội']],
    ['Ban Thường vụ Huyện ủy Châu Thành A', 'Châu Thành A', 'huyện', ['Hậu Giang']],
    ['Thị uỷ Ngã Năm', 'Ngã Năm', 'thị xã', ['Sóc Trăng']],
    ['Thành ủy Cao Lãnh', 'Cao Lãnh', 'thành phố', ['Đồng Tháp']],
  ])('%j', (text, district, type, candidates) => {
    const found = findDistrictMentions(text);
    expect(found).toHaveLength(1);
    const [m] = found;
    expect(m?.district).toBe(district);
    expect(m?.districtType).toBe(type);
    expect([...(m?.candidates ?? [])].sort()).toEqual([...candidates].sort());
    if (candidates.length === 1) expect(m?.province).toBe(candidates[0]);
  });

  it('falls back to the same name under another type', () => {
    // Việt Yên became a thị xã in 2024; older plans still say huyện.
    const [m] = findDistrictMentions('huyện Việt Yên');
    expect(m).toMatchObject({ district: 'Việt Yên', districtType: 'huyện', exactType: false, province: 'Bắc Giang' });
  });

  it('spans the type word and the name, in the caller’s NFD string', () => {
    const text = 'Ủy ban nhân dân huyện Châu Thành'.normalize('NFD');
    const [m] = findDistrictMentions(text);
    expect(m).toBeDefined();
    expect(text.slice(m?.start, m?.end)).toBe('huyện Châu Thành'.normalize('NFD'));
    expect(text.slice(m?.nameStart, m?.end)).toBe('Châu Thành'.normalize('NFD'));
  });

  it.each([
    'cơ quan Tân Bình',
    'liên quan Châu Thành',
    'huyện có từ 3 HTX',
    'Thành phố Hồ Chí Minh',
    'thành phố Cần Thơ',
    'huyện Huyền Châu',
    'Huyền Châu Thành',
    'xã Châu Thành',
  ])('finds no district in %j', (text) => {
    expect(findDistrictMentions(text)).toEqual([]);
  });
});

describe('lookupDistricts', () => {
  it('finds units by name, optionally by type', () => {
    expect(lookupDistricts('Cai Lậy').map((d) => d.type).sort()).toEqual(['huyện', 'thị xã']);
    expect(lookupDistricts('Cai Lậy', 'thị xã')).toEqual([{ name: 'Cai Lậy', type: 'thị xã', province: 'Tiền Giang' }]);
    expect(lookupDistricts('chau thanh', 'huyện')).toHaveLength(10);
    expect(lookupDistricts('Sài Gòn')).toEqual([]);
  });
});

describe('properties', () => {
  const pieces = [
    'tỉnh ', 'Sóc Trăng', 'TP.', 'HCM', ' Huế', 'huyện ', 'Châu Thành', ' - ', ', ', 'hòa bình', 'Hòa Bình', 'Đắk Lắk',
    'Thừa Thiên', ' Hà Nam', ' Định', 'thị xã ', 'Quận 1', '\r\n', '\u00A0', 'Nguyễn ', 'xã ', '😀', 'İ', 'ÐÀ NẴNG',
  ];
  const texts = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string(), fc.string({ unit: 'grapheme' })), { maxLength: 12 }).map((a) => a.join(''));

  it('fold keeps the length of any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => foldVietnamese(s).length === s.length));
  });

  it('mentions are ordered, disjoint, inside the text, and the same in NFC and NFD', () => {
    fc.assert(
      fc.property(texts, (raw) => {
        const text = raw.normalize('NFC');
        for (const found of [findProvinceMentions(text), findDistrictMentions(text)]) {
          let last = 0;
          for (const m of found) {
            expect(m.start).toBeGreaterThanOrEqual(last);
            expect(m.end).toBeGreaterThan(m.start);
            expect(m.end).toBeLessThanOrEqual(text.length);
            last = m.end;
          }
        }
        const nfd = text.normalize('NFD');
        expect(findProvinceMentions(nfd).map((m) => m.province)).toEqual(findProvinceMentions(text).map((m) => m.province));
        expect(findDistrictMentions(nfd).map((m) => m.district)).toEqual(findDistrictMentions(text).map((m) => m.district));
      }),
      { numRuns: 300 },
    );
  });
});
