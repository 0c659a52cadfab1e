/**
 * The administrative gazetteer as data: the 63 provinces and centrally-run cities in force
 * before 1 July 2025, the 34 units of Resolution 202/2025/QH15 that replaced them, and the
 * district-level units (quận, huyện, thị xã, thành phố thuộc tỉnh) of the pre-2025 era.
 *
 * Names are written as the State writes them (NFC, new-style tone placement: "Hòa Bình",
 * "Khánh Hòa"); the lookup code in `gazetteer.ts` folds case, diacritics and tone
 * placement, so an alias is only listed here when it differs in letters or spacing.
 */

export type ProvinceType = 'tỉnh' | 'thành phố';

export interface ProvinceRow {
  /** Official name without the "tỉnh"/"thành phố" prefix. */
  readonly name: string;
  readonly type: ProvinceType;
  /** Two-digit code of the national list of administrative units (Hà Nội 01 … Cà Mau 96). */
  readonly code: string;
  /**
   * Other spellings and short forms. An alias that starts with "Thành phố", "TP" or
   * "Tỉnh" ("TP.HCM", "TP Huế") only counts after that prefix in running text.
   */
  readonly aliases: readonly string[];
  /** Bare names too ambiguous for running text: they need a "tỉnh"/"thành phố"/"TP" before them. */
  readonly needsPrefix?: readonly string[];
  /**
   * The name is also an everyday phrase ("hòa bình" peace, "diễn biến" developments,
   * "cao bằng" as high as, "hai phòng" two rooms, "đa năng" multi-purpose, "cần thợ" need
   * workers): without a prefix it must be spelled with the right diacritics (or none) and
   * not sit inside an all-caps heading.
   */
  readonly commonWord?: boolean;
}

/** The 63 provinces and centrally-run cities, 2008 – 30 June 2025, in the order of their codes. */
export const PROVINCES = [
  { name: 'Hà Nội', type: 'thành phố', code: '01', aliases: ['Hanoi', 'TP Hà Nội'] },
  { name: 'Hà Giang', type: 'tỉnh', code: '02', aliases: [] },
  { name: 'Cao Bằng', type: 'tỉnh', code: '04', aliases: [], commonWord: true },
  { name: 'Bắc Kạn', type: 'tỉnh', code: '06', aliases: ['Bắc Cạn'] },
  { name: 'Tuyên Quang', type: 'tỉnh', code: '08', aliases: [] },
  { name: 'Lào Cai', type: 'tỉnh', code: '10', aliases: [] },
  { name: 'Điện Biên', type: 'tỉnh', code: '11', aliases: [], commonWord: true },
  { name: 'Lai Châu', type: 'tỉnh', code: '12', aliases: [] },
  { name: 'Sơn La', type: 'tỉnh', code: '14', aliases: [] },
  { name: 'Yên Bái', type: 'tỉnh', code: '15', aliases: [] },
  { name: 'Hòa Bình', type: 'tỉnh', code: '17', aliases: ['Hoà Bình'], commonWord: true },
  { name: 'Thái Nguyên', type: 'tỉnh', code: '19', aliases: [] },
  { name: 'Lạng Sơn', type: 'tỉnh', code: '20', aliases: [] },
  { name: 'Quảng Ninh', type: 'tỉnh', code: '22', aliases: [] },
  { name: 'Bắc Giang', type: 'tỉnh', code: '24', aliases: [] },
  { name: 'Phú Thọ', type: 'tỉnh', code: '25', aliases: [] },
  { name: 'Vĩnh Phúc', type: 'tỉnh', code: '26', aliases: [] },
  { name: 'Bắc Ninh', type: 'tỉnh', code: '27', aliases: [] },
  { name: 'Hải Dương', type: 'tỉnh', code: '30', aliases: [], commonWord: true },
  { name: 'Hải Phòng', type: 'thành phố', code: '31', aliases: ['Haiphong', 'TP Hải Phòng'], commonWord: true },
  { name: 'Hưng Yên', type: 'tỉnh', code: '33', aliases: [] },
  { name: 'Thái Bình', type: 'tỉnh', code: '34', aliases: [], commonWord: true },
  { name: 'Hà Nam', type: 'tỉnh', code: '35', aliases: [] },
  { name: 'Nam Định', type: 'tỉnh', code: '36', aliases: [] },
  { name: 'Ninh Bình', type: 'tỉnh', code: '37', aliases: [] },
  { name: 'Thanh Hóa', type: 'tỉnh', code: '38', aliases: ['Thanh Hoá'] },
  { name: 'Nghệ An', type: 'tỉnh', code: '40', aliases: [] },
  { name: 'Hà Tĩnh', type: 'tỉnh', code: '42', aliases: [] },
  { name: 'Quảng Bình', type: 'tỉnh', code: '44', aliases: [] },
  { name: 'Quảng Trị', type: 'tỉnh', code: '45', aliases: [] },
  {
    // A tỉnh until 31 December 2024; the centrally-run city "Huế" since (see PROVINCES_2025).
    name: 'Thừa Thiên Huế',
    type: 'tỉnh',
    code: '46',
    aliases: ['Thừa Thiên - Huế', 'TT-Huế', 'TT Huế', 'Thành phố Huế', 'TP Huế'],
    needsPrefix: ['Huế'],
  },
  { name: 'Đà Nẵng', type: 'thành phố', code: '48', aliases: ['Danang', 'TP Đà Nẵng'], commonWord: true },
  { name: 'Quảng Nam', type: 'tỉnh', code: '49', aliases: [] },
  { name: 'Quảng Ngãi', type: 'tỉnh', code: '51', aliases: [] },
  { name: 'Bình Định', type: 'tỉnh', code: '52', aliases: [], commonWord: true },
  { name: 'Phú Yên', type: 'tỉnh', code: '54', aliases: [] },
  { name: 'Khánh Hòa', type: 'tỉnh', code: '56', aliases: ['Khánh Hoà'] },
  { name: 'Ninh Thuận', type: 'tỉnh', code: '58', aliases: [] },
  { name: 'Bình Thuận', type: 'tỉnh', code: '60', aliases: [] },
  { name: 'Kon Tum', type: 'tỉnh', code: '62', aliases: ['Kontum'] },
  { name: 'Gia Lai', type: 'tỉnh', code: '64', aliases: [] },
  {
    name: 'Đắk Lắk',
    type: 'tỉnh',
    code: '66',
    aliases: ['Đăk Lăk', 'Đắc Lắc', 'Đắk Lăk', 'Đăk Lắk', 'Đắc Lắk', 'Đắklắk', 'Daklak', 'Dak Lak'],
  },
  { name: 'Đắk Nông', type: 'tỉnh', code: '67', aliases: ['Đăk Nông', 'Đắc Nông', 'Daknong', 'Dak Nong'] },
  { name: 'Lâm Đồng', type: 'tỉnh', code: '68', aliases: [] },
  { name: 'Bình Phước', type: 'tỉnh', code: '70', aliases: [] },
  { name: 'Tây Ninh', type: 'tỉnh', code: '72', aliases: [] },
  { name: 'Bình Dương', type: 'tỉnh', code: '74', aliases: [] },
  { name: 'Đồng Nai', type: 'tỉnh', code: '75', aliases: [] },
  {
    name: 'Bà Rịa - Vũng Tàu',
    type: 'tỉnh',
    code: '77',
    aliases: ['Bà Rịa-Vũng Tàu', 'Bà Rịa – Vũng Tàu', 'Bà Rịa Vũng Tàu', 'BR-VT', 'BR - VT', 'BRVT'],
  },
  {
    // "Sài Gòn" is deliberately absent: it names the river, the port, the old city core and
    // countless companies ("Saigon Co.op") as often as the city.
    name: 'Hồ Chí Minh',
    type: 'thành phố',
    code: '79',
    aliases: ['Thành phố Hồ Chí Minh', 'TP. Hồ Chí Minh', 'TP.HCM', 'TP. HCM', 'TP HCM', 'TPHCM'],
    // "tư tưởng Hồ Chí Minh", "Đoàn TNCS Hồ Chí Minh": the bare name is usually the man.
    needsPrefix: ['Hồ Chí Minh', 'HCM'],
  },
  { name: 'Long An', type: 'tỉnh', code: '80', aliases: [] },
  { name: 'Tiền Giang', type: 'tỉnh', code: '82', aliases: [] },
  { name: 'Bến Tre', type: 'tỉnh', code: '83', aliases: [] },
  { name: 'Trà Vinh', type: 'tỉnh', code: '84', aliases: [] },
  { name: 'Vĩnh Long', type: 'tỉnh', code: '86', aliases: [] },
  { name: 'Đồng Tháp', type: 'tỉnh', code: '87', aliases: [] },
  { name: 'An Giang', type: 'tỉnh', code: '89', aliases: [] },
  { name: 'Kiên Giang', type: 'tỉnh', code: '91', aliases: [] },
  { name: 'Cần Thơ', type: 'thành phố', code: '92', aliases: ['TP Cần Thơ'], commonWord: true },
  { name: 'Hậu Giang', type: 'tỉnh', code: '93', aliases: [] },
  { name: 'Sóc Trăng', type: 'tỉnh', code: '94', aliases: [] },
  { name: 'Bạc Liêu', type: 'tỉnh', code: '95', aliases: [] },
  { name: 'Cà Mau', type: 'tỉnh', code: '96', aliases: [] },
] as const satisfies readonly ProvinceRow[];

export type ProvinceName = (typeof PROVINCES)[number]['name'];

export interface Province2025Row {
  readonly name: string;
  readonly type: ProvinceType;
  /** The pre-2025 provinces it was formed from; the first one gives its name and seat. */
  readonly members: readonly ProvinceName[];
}

/**
 * The 34 provincial-level units since 1 July 2025 (Resolution 202/2025/QH15): 6 centrally-run
 * cities and 28 provinces; 11 kept their territory, 23 were formed by merging.
 */
export const PROVINCES_2025 = [
  // Unchanged (Huế became a centrally-run city on 1 January 2025, Resolution 175/2024/QH15).
  { name: 'Hà Nội', type: 'thành phố', members: ['Hà Nội'] },
  { name: 'Huế', type: 'thành phố', members: ['Thừa Thiên Huế'] },
  { name: 'Lai Châu', type: 'tỉnh', members: ['Lai Châu'] },
  { name: 'Điện Biên', type: 'tỉnh', members: ['Điện Biên'] },
  { name: 'Sơn La', type: 'tỉnh', members: ['Sơn La'] },
  { name: 'Lạng Sơn', type: 'tỉnh', members: ['Lạng Sơn'] },
  { name: 'Quảng Ninh', type: 'tỉnh', members: ['Quảng Ninh'] },
  { name: 'Thanh Hóa', type: 'tỉnh', members: ['Thanh Hóa'] },
  { name: 'Nghệ An', type: 'tỉnh', members: ['Nghệ An'] },
  { name: 'Hà Tĩnh', type: 'tỉnh', members: ['Hà Tĩnh'] },
  { name: 'Cao Bằng', type: 'tỉnh', members: ['Cao Bằng'] },
  // Merged.
  { name: 'Tuyên Quang', type: 'tỉnh', members: ['Tuyên Quang', 'Hà Giang'] },
  { name: 'Lào Cai', type: 'tỉnh', members: ['Lào Cai', 'Yên Bái'] },
  { name: 'Thái Nguyên', type: 'tỉnh', members: ['Thái Nguyên', 'Bắc Kạn'] },
  { name: 'Phú Thọ', type: 'tỉnh', members: ['Phú Thọ', 'Vĩnh Phúc', 'Hòa Bình'] },
  { name: 'Bắc Ninh', type: 'tỉnh', members: ['Bắc Ninh', 'Bắc Giang'] },
  { name: 'Hưng Yên', type: 'tỉnh', members: ['Hưng Yên', 'Thái Bình'] },
  { name: 'Hải Phòng', type: 'thành phố', members: ['Hải Phòng', 'Hải Dương'] },
  { name: 'Ninh Bình', type: 'tỉnh', members: ['Ninh Bình', 'Hà Nam', 'Nam Định'] },
  { name: 'Quảng Trị', type: 'tỉnh', members: ['Quảng Trị', 'Quảng Bình'] },
  { name: 'Đà Nẵng', type: 'thành phố', members: ['Đà Nẵng', 'Quảng Nam'] },
  { name: 'Quảng Ngãi', type: 'tỉnh', members: ['Quảng Ngãi', 'Kon Tum'] },
  { name: 'Gia Lai', type: 'tỉnh', members: ['Gia Lai', 'Bình Định'] },
  { name: 'Khánh Hòa', type: 'tỉnh', members: ['Khánh Hòa', 'Ninh Thuận'] },
  { name: 'Lâm Đồng', type: 'tỉnh', members: ['Lâm Đồng', 'Đắk Nông', 'Bình Thuận'] },
  { name: 'Đắk Lắk', type: 'tỉnh', members: ['Đắk Lắk', 'Phú Yên'] },
  { name: 'Hồ Chí Minh', type: 'thành phố', members: ['Hồ Chí Minh', 'Bình Dương', 'Bà Rịa - Vũng Tàu'] },
  { name: 'Đồng Nai', type: 'tỉnh', members: ['Đồng Nai', 'Bình Phước'] },
  { name: 'Tây Ninh', type: 'tỉnh', members: ['Tây Ninh', 'Long An'] },
  { name: 'Cần Thơ', type: 'thành phố', members: ['Cần Thơ', 'Sóc Trăng', 'Hậu Giang'] },
  { name: 'Vĩnh Long', type: 'tỉnh', members: ['Vĩnh Long', 'Bến Tre', 'Trà Vinh'] },
  { name: 'Đồng Tháp', type: 'tỉnh', members: ['Đồng Tháp', 'Tiền Giang'] },
  { name: 'Cà Mau', type: 'tỉnh', members: ['Cà Mau', 'Bạc Liêu'] },
  { name: 'An Giang', type: 'tỉnh', members: ['An Giang', 'Kiên Giang'] },
] as const satisfies readonly Province2025Row[];

export type Province2025Name = (typeof PROVINCES_2025)[number]['name'];

/**
 * Phrases that contain a province name but name something else; the longest match wins,
 * so listing the phrase is enough to silence the province inside it.
 */
export const NOT_PROVINCE_PHRASES = [
  'Thái Bình Dương', // the Pacific Ocean ("Châu Á - Thái Bình Dương")
  'Điện Biên Phủ', // the 1954 victory, and a street in every city
  'Đồng Tháp Mười', // the Plain of Reeds, spread over three provinces
  'Hà Nam Ninh', // the 1976–1991 province, not Hà Nam
] as const;

export type DistrictType = 'quận' | 'huyện' | 'thị xã' | 'thành phố';

/** The district-level units of one province, by type. */
export interface DistrictGroup {
  readonly province: ProvinceName;
  readonly 'quận'?: readonly string[];
  readonly 'thành phố'?: readonly string[];
  readonly 'thị xã'?: readonly string[];
  readonly 'huyện'?: readonly string[];
}

/**
 * District-level units as they stood in 2022–2024, when most plans implementing
 * Resolution 20-NQ/TW were issued. Units upgraded in that period carry their new type
 * (Bắc Ninh's thị xã Quế Võ and Thuận Thành, Bình Dương's thành phố Tân Uyên and Bến Cát);
 * the lookup falls back to the same name under another type, so a plan that still says
 * "huyện Việt Yên" finds it. Changes that took effect from 2025 (the last district
 * mergers before the district level was abolished) are not applied.
 */
export const DISTRICTS = [
  // — Red River delta —
  {
    province: 'Hà Nội',
    'quận': [
      'Ba Đình', 'Hoàn Kiếm', 'Tây Hồ', 'Long Biên', 'Cầu Giấy', 'Đống Đa', 'Hai Bà Trưng', 'Hoàng Mai',
      'Thanh Xuân', 'Nam Từ Liêm', 'Bắc Từ Liêm', 'Hà Đông',
    ],
    'thị xã': ['Sơn Tây'],
    'huyện': [
      'Ba Vì', 'Chương Mỹ', 'Đan Phượng', 'Đông Anh', 'Gia Lâm', 'Hoài Đức', 'Mê Linh', 'Mỹ Đức', 'Phú Xuyên',
      'Phúc Thọ', 'Quốc Oai', 'Sóc Sơn', 'Thạch Thất', 'Thanh Oai', 'Thanh Trì', 'Thường Tín', 'Ứng Hòa',
    ],
  },
  {
    province: 'Vĩnh Phúc',
    'thành phố': ['Vĩnh Yên', 'Phúc Yên'],
    'huyện': ['Bình Xuyên', 'Lập Thạch', 'Sông Lô', 'Tam Dương', 'Tam Đảo', 'Vĩnh Tường', 'Yên Lạc'],
  },
  {
    province: 'Bắc Ninh',
    'thành phố': ['Bắc Ninh', 'Từ Sơn'],
    'thị xã': ['Quế Võ', 'Thuận Thành'],
    'huyện': ['Gia Bình', 'Lương Tài', 'Tiên Du', 'Yên Phong'],
  },
  {
    province: 'Hải Dương',
    'thành phố': ['Hải Dương', 'Chí Linh'],
    'thị xã': ['Kinh Môn'],
    'huyện': [
      'Bình Giang', 'Cẩm Giàng', 'Gia Lộc', 'Kim Thành', 'Nam Sách', 'Ninh Giang', 'Thanh Hà', 'Thanh Miện',
      'Tứ Kỳ',
    ],
  },
  {
    province: 'Hải Phòng',
    'quận': ['Hồng Bàng', 'Ngô Quyền', 'Lê Chân', 'Hải An', 'Kiến An', 'Đồ Sơn', 'Dương Kinh'],
    'huyện': [
      'An Dương', 'An Lão', 'Bạch Long Vĩ', 'Cát Hải', 'Kiến Thụy', 'Thủy Nguyên', 'Tiên Lãng', 'Vĩnh Bảo',
    ],
  },
  {
    province: 'Hưng Yên',
    'thành phố': ['Hưng Yên'],
    'thị xã': ['Mỹ Hào'],
    'huyện': ['Ân Thi', 'Khoái Châu', 'Kim Động', 'Phù Cừ', 'Tiên Lữ', 'Văn Giang', 'Văn Lâm', 'Yên Mỹ'],
  },
  {
    province: 'Thái Bình',
    'thành phố': ['Thái Bình'],
    'huyện': ['Đông Hưng', 'Hưng Hà', 'Kiến Xương', 'Quỳnh Phụ', 'Thái Thụy', 'Tiền Hải', 'Vũ Thư'],
  },
  {
    province: 'Hà Nam',
    'thành phố': ['Phủ Lý'],
    'thị xã': ['Duy Tiên'],
    'huyện': ['Bình Lục', 'Kim Bảng', 'Lý Nhân', 'Thanh Liêm'],
  },
  {
    province: 'Nam Định',
    'thành phố': ['Nam Định'],
    'huyện': [
      'Giao Thủy', 'Hải Hậu', 'Mỹ Lộc', 'Nam Trực', 'Nghĩa Hưng', 'Trực Ninh', 'Vụ Bản', 'Xuân Trường', 'Ý Yên',
    ],
  },
  {
    province: 'Ninh Bình',
    'thành phố': ['Ninh Bình', 'Tam Điệp'],
    'huyện': ['Gia Viễn', 'Hoa Lư', 'Kim Sơn', 'Nho Quan', 'Yên Khánh', 'Yên Mô'],
  },
  // — Northeast and northwest —
  {
    province: 'Quảng Ninh',
    'thành phố': ['Hạ Long', 'Cẩm Phả', 'Móng Cái', 'Uông Bí'],
    'thị xã': ['Đông Triều', 'Quảng Yên'],
    'huyện': ['Ba Chẽ', 'Bình Liêu', 'Cô Tô', 'Đầm Hà', 'Hải Hà', 'Tiên Yên', 'Vân Đồn'],
  },
  {
    province: 'Hà Giang',
    'thành phố': ['Hà Giang'],
    'huyện': [
      'Bắc Mê', 'Bắc Quang', 'Đồng Văn', 'Hoàng Su Phì', 'Mèo Vạc', 'Quản Bạ', 'Quang Bình', 'Vị Xuyên',
      'Xín Mần', 'Yên Minh',
    ],
  },
  {
    // After the 2020 mergers: Quảng Hòa (Quảng Uyên + Phục Hòa), Trà Lĩnh into Trùng Khánh,
    // Thông Nông into Hà Quảng.
    province: 'Cao Bằng',
    'thành phố': ['Cao Bằng'],
    'huyện': [
      'Bảo Lạc', 'Bảo Lâm', 'Hạ Lang', 'Hà Quảng', 'Hòa An', 'Nguyên Bình', 'Quảng Hòa', 'Thạch An',
      'Trùng Khánh',
    ],
  },
  {
    province: 'Bắc Kạn',
    'thành phố': ['Bắc Kạn'],
    'huyện': ['Ba Bể', 'Bạch Thông', 'Chợ Đồn', 'Chợ Mới', 'Na Rì', 'Ngân Sơn', 'Pác Nặm'],
  },
  {
    province: 'Tuyên Quang',
    'thành phố': ['Tuyên Quang'],
    'huyện': ['Chiêm Hóa', 'Hàm Yên', 'Lâm Bình', 'Na Hang', 'Sơn Dương', 'Yên Sơn'],
  },
  {
    province: 'Lào Cai',
    'thành phố': ['Lào Cai'],
    'thị xã': ['Sa Pa'],
    'huyện': ['Bát Xát', 'Bảo Thắng', 'Bảo Yên', 'Bắc Hà', 'Mường Khương', 'Si Ma Cai', 'Văn Bàn'],
  },
  {
    province: 'Yên Bái',
    'thành phố': ['Yên Bái'],
    'thị xã': ['Nghĩa Lộ'],
    'huyện': ['Lục Yên', 'Mù Cang Chải', 'Trạm Tấu', 'Trấn Yên', 'Văn Chấn', 'Văn Yên', 'Yên Bình'],
  },
  {
    province: 'Thái Nguyên',
    'thành phố': ['Thái Nguyên', 'Sông Công', 'Phổ Yên'],
    'huyện': ['Đại Từ', 'Định Hóa', 'Đồng Hỷ', 'Phú Bình', 'Phú Lương', 'Võ Nhai'],
  },
  {
    province: 'Lạng Sơn',
    'thành phố': ['Lạng Sơn'],
    'huyện': [
      'Bắc Sơn', 'Bình Gia', 'Cao Lộc', 'Chi Lăng', 'Đình Lập', 'Hữu Lũng', 'Lộc Bình', 'Tràng Định',
      'Văn Lãng', 'Văn Quan',
    ],
  },
  {
    province: 'Bắc Giang',
    'thành phố': ['Bắc Giang'],
    'thị xã': ['Việt Yên'],
    'huyện': ['Hiệp Hòa', 'Lạng Giang', 'Lục Nam', 'Lục Ngạn', 'Sơn Động', 'Tân Yên', 'Yên Dũng', 'Yên Thế'],
  },
  {
    province: 'Phú Thọ',
    'thành phố': ['Việt Trì'],
    'thị xã': ['Phú Thọ'],
    'huyện': [
      'Cẩm Khê', 'Đoan Hùng', 'Hạ Hòa', 'Lâm Thao', 'Phù Ninh', 'Tam Nông', 'Tân Sơn', 'Thanh Ba', 'Thanh Sơn',
      'Thanh Thủy', 'Yên Lập',
    ],
  },
  {
    province: 'Điện Biên',
    'thành phố': ['Điện Biên Phủ'],
    'thị xã': ['Mường Lay'],
    'huyện': [
      'Điện Biên', 'Điện Biên Đông', 'Mường Ảng', 'Mường Chà', 'Mường Nhé', 'Nậm Pồ', 'Tủa Chùa', 'Tuần Giáo',
    ],
  },
  {
    province: 'Lai Châu',
    'thành phố': ['Lai Châu'],
    'huyện': ['Mường Tè', 'Nậm Nhùn', 'Phong Thổ', 'Sìn Hồ', 'Tam Đường', 'Tân Uyên', 'Than Uyên'],
  },
  {
    province: 'Sơn La',
    'thành phố': ['Sơn La'],
    'huyện': [
      'Bắc Yên', 'Mai Sơn', 'Mộc Châu', 'Mường La', 'Phù Yên', 'Quỳnh Nhai', 'Sông Mã', 'Sốp Cộp', 'Thuận Châu',
      'Vân Hồ', 'Yên Châu',
    ],
  },
  {
    // Kỳ Sơn merged into thành phố Hòa Bình in 2020.
    province: 'Hòa Bình',
    'thành phố': ['Hòa Bình'],
    'huyện': [
      'Cao Phong', 'Đà Bắc', 'Kim Bôi', 'Lạc Sơn', 'Lạc Thủy', 'Lương Sơn', 'Mai Châu', 'Tân Lạc', 'Yên Thủy',
    ],
  },
  // — North central coast —
  {
    province: 'Thanh Hóa',
    'thành phố': ['Thanh Hóa', 'Sầm Sơn'],
    'thị xã': ['Bỉm Sơn', 'Nghi Sơn'],
    'huyện': [
      'Bá Thước', 'Cẩm Thủy', 'Đông Sơn', 'Hà Trung', 'Hậu Lộc', 'Hoằng Hóa', 'Lang Chánh', 'Mường Lát',
      'Nga Sơn', 'Ngọc Lặc', 'Như Thanh', 'Như Xuân', 'Nông Cống', 'Quan Hóa', 'Quan Sơn', 'Quảng Xương',
      'Thạch Thành', 'Thiệu Hóa', 'Thọ Xuân', 'Thường Xuân', 'Triệu Sơn', 'Vĩnh Lộc', 'Yên Định',
    ],
  },
  {
    province: 'Nghệ An',
    'thành phố': ['Vinh'],
    'thị xã': ['Cửa Lò', 'Hoàng Mai', 'Thái Hòa'],
    'huyện': [
      'Anh Sơn', 'Con Cuông', 'Diễn Châu', 'Đô Lương', 'Hưng Nguyên', 'Kỳ Sơn', 'Nam Đàn', 'Nghi Lộc',
      'Nghĩa Đàn', 'Quế Phong', 'Quỳ Châu', 'Quỳ Hợp', 'Quỳnh Lưu', 'Tân Kỳ', 'Thanh Chương', 'Tương Dương',
      'Yên Thành',
    ],
  },
  {
    province: 'Hà Tĩnh',
    'thành phố': ['Hà Tĩnh'],
    'thị xã': ['Hồng Lĩnh', 'Kỳ Anh'],
    'huyện': [
      'Cẩm Xuyên', 'Can Lộc', 'Đức Thọ', 'Hương Khê', 'Hương Sơn', 'Kỳ Anh', 'Lộc Hà', 'Nghi Xuân', 'Thạch Hà',
      'Vũ Quang',
    ],
  },
  {
    province: 'Quảng Bình',
    'thành phố': ['Đồng Hới'],
    'thị xã': ['Ba Đồn'],
    'huyện': ['Bố Trạch', 'Lệ Thủy', 'Minh Hóa', 'Quảng Ninh', 'Quảng Trạch', 'Tuyên Hóa'],
  },
  {
    province: 'Quảng Trị',
    'thành phố': ['Đông Hà'],
    'thị xã': ['Quảng Trị'],
    'huyện': ['Cam Lộ', 'Cồn Cỏ', 'Đa Krông', 'Gio Linh', 'Hải Lăng', 'Hướng Hóa', 'Triệu Phong', 'Vĩnh Linh'],
  },
  {
    province: 'Thừa Thiên Huế',
    'thành phố': ['Huế'],
    'thị xã': ['Hương Thủy', 'Hương Trà'],
    'huyện': ['A Lưới', 'Nam Đông', 'Phong Điền', 'Phú Lộc', 'Phú Vang', 'Quảng Điền'],
  },
  // — South central coast —
  {
    province: 'Đà Nẵng',
    'quận': ['Hải Châu', 'Thanh Khê', 'Sơn Trà', 'Ngũ Hành Sơn', 'Liên Chiểu', 'Cẩm Lệ'],
    'huyện': ['Hòa Vang', 'Hoàng Sa'],
  },
  {
    province: 'Quảng Nam',
    'thành phố': ['Tam Kỳ', 'Hội An'],
    'thị xã': ['Điện Bàn'],
    'huyện': [
      'Bắc Trà My', 'Đại Lộc', 'Đông Giang', 'Duy Xuyên', 'Hiệp Đức', 'Nam Giang', 'Nam Trà My', 'Nông Sơn',
      'Núi Thành', 'Phú Ninh', 'Phước Sơn', 'Quế Sơn', 'Tây Giang', 'Thăng Bình', 'Tiên Phước',
    ],
  },
  {
    // Tây Trà merged into Trà Bồng in 2020.
    province: 'Quảng Ngãi',
    'thành phố': ['Quảng Ngãi'],
    'thị xã': ['Đức Phổ'],
    'huyện': [
      'Ba Tơ', 'Bình Sơn', 'Lý Sơn', 'Minh Long', 'Mộ Đức', 'Nghĩa Hành', 'Sơn Hà', 'Sơn Tây', 'Sơn Tịnh',
      'Trà Bồng', 'Tư Nghĩa',
    ],
  },
  {
    province: 'Bình Định',
    'thành phố': ['Quy Nhơn'],
    'thị xã': ['An Nhơn', 'Hoài Nhơn'],
    'huyện': ['An Lão', 'Hoài Ân', 'Phù Cát', 'Phù Mỹ', 'Tây Sơn', 'Tuy Phước', 'Vân Canh', 'Vĩnh Thạnh'],
  },
  {
    province: 'Phú Yên',
    'thành phố': ['Tuy Hòa'],
    'thị xã': ['Sông Cầu', 'Đông Hòa'],
    'huyện': ['Đồng Xuân', 'Phú Hòa', 'Sơn Hòa', 'Sông Hinh', 'Tây Hòa', 'Tuy An'],
  },
  {
    province: 'Khánh Hòa',
    'thành phố': ['Nha Trang', 'Cam Ranh'],
    'thị xã': ['Ninh Hòa'],
    'huyện': ['Cam Lâm', 'Diên Khánh', 'Khánh Sơn', 'Khánh Vĩnh', 'Trường Sa', 'Vạn Ninh'],
  },
  {
    province: 'Ninh Thuận',
    'thành phố': ['Phan Rang - Tháp Chàm'],
    'huyện': ['Bác Ái', 'Ninh Hải', 'Ninh Phước', 'Ninh Sơn', 'Thuận Bắc', 'Thuận Nam'],
  },
  {
    province: 'Bình Thuận',
    'thành phố': ['Phan Thiết'],
    'thị xã': ['La Gi'],
    'huyện': [
      'Bắc Bình', 'Đức Linh', 'Hàm Tân', 'Hàm Thuận Bắc', 'Hàm Thuận Nam', 'Phú Quý', 'Tánh Linh', 'Tuy Phong',
    ],
  },
  // — Central highlands —
  {
    province: 'Kon Tum',
    'thành phố': ['Kon Tum'],
    'huyện': [
      'Đăk Glei', 'Đăk Hà', 'Đăk Tô', "Ia H'Drai", 'Kon Plông', 'Kon Rẫy', 'Ngọc Hồi', 'Sa Thầy', 'Tu Mơ Rông',
    ],
  },
  {
    province: 'Gia Lai',
    'thành phố': ['Pleiku'],
    'thị xã': ['An Khê', 'Ayun Pa'],
    'huyện': [
      'Chư Păh', 'Chư Prông', 'Chư Pưh', 'Chư Sê', 'Đak Đoa', 'Đak Pơ', 'Đức Cơ', 'Ia Grai', 'Ia Pa', 'Kbang',
      'Kông Chro', 'Krông Pa', 'Mang Yang', 'Phú Thiện',
    ],
  },
  {
    province: 'Đắk Lắk',
    'thành phố': ['Buôn Ma Thuột'],
    'thị xã': ['Buôn Hồ'],
    'huyện': [
      'Buôn Đôn', 'Cư Kuin', "Cư M'gar", "Ea H'leo", 'Ea Kar', 'Ea Súp', 'Krông Ana', 'Krông Bông', 'Krông Búk',
      'Krông Năng', 'Krông Pắc', 'Lắk', "M'Đrắk",
    ],
  },
  {
    province: 'Đắk Nông',
    'thành phố': ['Gia Nghĩa'],
    'huyện': ['Cư Jút', 'Đắk Glong', 'Đắk Mil', "Đắk R'lấp", 'Đắk Song', 'Krông Nô', 'Tuy Đức'],
  },
  {
    province: 'Lâm Đồng',
    'thành phố': ['Đà Lạt', 'Bảo Lộc'],
    'huyện': [
      'Bảo Lâm', 'Cát Tiên', 'Di Linh', 'Đạ Huoai', 'Đạ Tẻh', 'Đam Rông', 'Đơn Dương', 'Đức Trọng', 'Lạc Dương',
      'Lâm Hà',
    ],
  },
  // — Southeast —
  {
    province: 'Bình Phước',
    'thành phố': ['Đồng Xoài'],
    'thị xã': ['Bình Long', 'Phước Long', 'Chơn Thành'],
    'huyện': ['Bù Đăng', 'Bù Đốp', 'Bù Gia Mập', 'Đồng Phú', 'Hớn Quản', 'Lộc Ninh', 'Phú Riềng'],
  },
  {
    province: 'Tây Ninh',
    'thành phố': ['Tây Ninh'],
    'thị xã': ['Hòa Thành', 'Trảng Bàng'],
    'huyện': ['Bến Cầu', 'Châu Thành', 'Dương Minh Châu', 'Gò Dầu', 'Tân Biên', 'Tân Châu'],
  },
  {
    province: 'Bình Dương',
    'thành phố': ['Thủ Dầu Một', 'Dĩ An', 'Thuận An', 'Tân Uyên', 'Bến Cát'],
    'huyện': ['Bàu Bàng', 'Bắc Tân Uyên', 'Dầu Tiếng', 'Phú Giáo'],
  },
  {
    province: 'Đồng Nai',
    'thành phố': ['Biên Hòa', 'Long Khánh'],
    'huyện': [
      'Cẩm Mỹ', 'Định Quán', 'Long Thành', 'Nhơn Trạch', 'Tân Phú', 'Thống Nhất', 'Trảng Bom', 'Vĩnh Cửu',
      'Xuân Lộc',
    ],
  },
  {
    province: 'Bà Rịa - Vũng Tàu',
    'thành phố': ['Vũng Tàu', 'Bà Rịa'],
    'thị xã': ['Phú Mỹ'],
    'huyện': ['Châu Đức', 'Côn Đảo', 'Đất Đỏ', 'Long Điền', 'Xuyên Mộc'],
  },
  {
    // Since 2021: thành phố Thủ Đức absorbed quận 2, quận 9 and Thủ Đức.
    province: 'Hồ Chí Minh',
    'thành phố': ['Thủ Đức'],
    'quận': [
      '1', '3', '4', '5', '6', '7', '8', '10', '11', '12', 'Bình Tân', 'Bình Thạnh', 'Gò Vấp', 'Phú Nhuận',
      'Tân Bình', 'Tân Phú',
    ],
    'huyện': ['Bình Chánh', 'Cần Giờ', 'Củ Chi', 'Hóc Môn', 'Nhà Bè'],
  },
  // — Mekong delta —
  {
    province: 'Long An',
    'thành phố': ['Tân An'],
    'thị xã': ['Kiến Tường'],
    'huyện': [
      'Bến Lức', 'Cần Đước', 'Cần Giuộc', 'Châu Thành', 'Đức Hòa', 'Đức Huệ', 'Mộc Hóa', 'Tân Hưng', 'Tân Thạnh',
      'Tân Trụ', 'Thạnh Hóa', 'Thủ Thừa', 'Vĩnh Hưng',
    ],
  },
  {
    province: 'Tiền Giang',
    'thành phố': ['Mỹ Tho'],
    'thị xã': ['Gò Công', 'Cai Lậy'],
    'huyện': [
      'Cái Bè', 'Cai Lậy', 'Châu Thành', 'Chợ Gạo', 'Gò Công Đông', 'Gò Công Tây', 'Tân Phú Đông', 'Tân Phước',
    ],
  },
  {
    province: 'Bến Tre',
    'thành phố': ['Bến Tre'],
    'huyện': [
      'Ba Tri', 'Bình Đại', 'Châu Thành', 'Chợ Lách', 'Giồng Trôm', 'Mỏ Cày Bắc', 'Mỏ Cày Nam', 'Thạnh Phú',
    ],
  },
  {
    province: 'Trà Vinh',
    'thành phố': ['Trà Vinh'],
    'thị xã': ['Duyên Hải'],
    'huyện': ['Càng Long', 'Cầu Kè', 'Cầu Ngang', 'Châu Thành', 'Duyên Hải', 'Tiểu Cần', 'Trà Cú'],
  },
  {
    province: 'Vĩnh Long',
    'thành phố': ['Vĩnh Long'],
    'thị xã': ['Bình Minh'],
    'huyện': ['Bình Tân', 'Long Hồ', 'Mang Thít', 'Tam Bình', 'Trà Ôn', 'Vũng Liêm'],
  },
  {
    province: 'Đồng Tháp',
    'thành phố': ['Cao Lãnh', 'Sa Đéc', 'Hồng Ngự'],
    'huyện': [
      'Cao Lãnh', 'Châu Thành', 'Hồng Ngự', 'Lai Vung', 'Lấp Vò', 'Tam Nông', 'Tân Hồng', 'Thanh Bình',
      'Tháp Mười',
    ],
  },
  {
    province: 'An Giang',
    'thành phố': ['Long Xuyên', 'Châu Đốc'],
    'thị xã': ['Tân Châu', 'Tịnh Biên'],
    'huyện': ['An Phú', 'Châu Phú', 'Châu Thành', 'Chợ Mới', 'Phú Tân', 'Thoại Sơn', 'Tri Tôn'],
  },
  {
    province: 'Kiên Giang',
    'thành phố': ['Rạch Giá', 'Hà Tiên', 'Phú Quốc'],
    'huyện': [
      'An Biên', 'An Minh', 'Châu Thành', 'Giang Thành', 'Giồng Riềng', 'Gò Quao', 'Hòn Đất', 'Kiên Hải',
      'Kiên Lương', 'Tân Hiệp', 'U Minh Thượng', 'Vĩnh Thuận',
    ],
  },
  {
    province: 'Cần Thơ',
    'quận': ['Ninh Kiều', 'Bình Thủy', 'Cái Răng', 'Ô Môn', 'Thốt Nốt'],
    'huyện': ['Phong Điền', 'Cờ Đỏ', 'Thới Lai', 'Vĩnh Thạnh'],
  },
  {
    province: 'Hậu Giang',
    'thành phố': ['Vị Thanh', 'Ngã Bảy'],
    'thị xã': ['Long Mỹ'],
    'huyện': ['Châu Thành', 'Châu Thành A', 'Long Mỹ', 'Phụng Hiệp', 'Vị Thủy'],
  },
  {
    province: 'Sóc Trăng',
    'thành phố': ['Sóc Trăng'],
    'thị xã': ['Vĩnh Châu', 'Ngã Năm'],
    'huyện': [
      'Châu Thành', 'Cù Lao Dung', 'Kế Sách', 'Long Phú', 'Mỹ Tú', 'Mỹ Xuyên', 'Thạnh Trị', 'Trần Đề',
    ],
  },
  {
    province: 'Bạc Liêu',
    'thành phố': ['Bạc Liêu'],
    'thị xã': ['Giá Rai'],
    'huyện': ['Đông Hải', 'Hòa Bình', 'Hồng Dân', 'Phước Long', 'Vĩnh Lợi'],
  },
  {
    province: 'Cà Mau',
    'thành phố': ['Cà Mau'],
    'huyện': [
      'Cái Nước', 'Đầm Dơi', 'Năm Căn', 'Ngọc Hiển', 'Phú Tân', 'Thới Bình', 'Trần Văn Thời', 'U Minh',
    ],
  },
] as const satisfies readonly DistrictGroup[];
