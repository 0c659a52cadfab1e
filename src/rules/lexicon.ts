import type { Comparator } from '../schema/target-file.js';

/**
 * Language tables. Cues are written as people write them (NFC, with diacritics); the
 * engine folds them (lower case, no diacritics) and matches them on folded text, so a
 * heading typed without diacritics ("MUC TIEU") still matches. Longest cues win.
 */

/** Words before a number that set its comparator ("trên 70%", "ít nhất 29%"). */
export const COMPARATOR_CUES: ReadonlyArray<readonly [string, Comparator]> = [
  ['không ít hơn', 'gte'],
  ['không thấp hơn', 'gte'],
  ['không dưới', 'gte'],
  ['tối thiểu', 'gte'],
  ['tối thiểu là', 'gte'],
  ['ít nhất', 'gte'],
  ['ít nhất là', 'gte'],
  ['đạt tối thiểu', 'gte'],
  ['đạt từ', 'gte'],
  ['bằng hoặc cao hơn', 'gte'],
  ['từ', 'gte'],
  ['trên', 'gt'],
  ['hơn', 'gt'],
  ['vượt', 'gt'],
  ['cao hơn', 'gt'],
  ['nhiều hơn', 'gt'],
  ['lớn hơn', 'gt'],
  ['vượt mức', 'gt'],
  ['không quá', 'lte'],
  ['không vượt quá', 'lte'],
  ['không cao hơn', 'lte'],
  ['không nhiều hơn', 'lte'],
  ['tối đa', 'lte'],
  ['tối đa là', 'lte'],
  ['dưới', 'lt'],
  ['thấp hơn', 'lt'],
  ['ít hơn', 'lt'],
  ['xuống dưới', 'lt'],
  ['còn dưới', 'lt'],
  ['khoảng', 'approx'],
  ['khoảng chừng', 'approx'],
  ['gần', 'approx'],
  ['xấp xỉ', 'approx'],
  ['chừng', 'approx'],
  ['trên dưới', 'approx'],
  ['ước khoảng', 'approx'],
];

/** Words after a number (and its noun) that make it a lower or upper bound. */
export const TRAILING_COMPARATOR_CUES: ReadonlyArray<readonly [string, Comparator]> = [
  ['trở lên', 'gte'],
  ['trở xuống', 'lte'],
];

/** Words that join the two ends of a range ("từ 70% - 85%", "55 đến 65%"). */
export const RANGE_JOINERS = ['-', '–', '—', 'đến', 'tới', '÷', '~'];

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  một: 1,
  mốt: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  năm: 5,
  lăm: 5,
  nhăm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
};

export const MULTIPLIERS: Readonly<Record<string, number>> = {
  nghìn: 1e3,
  ngàn: 1e3,
  triệu: 1e6,
  tỷ: 1e9,
  tỉ: 1e9,
};

/** Nouns a count or a head-count can measure, by class. Longest first when matched. */
export const HEAD_NOUNS: ReadonlyArray<readonly [string, HeadClass]> = [
  ['liên hiệp hợp tác xã', 'lhhtx'],
  ['liên hiệp htx', 'lhhtx'],
  ['lhhtx', 'lhhtx'],
  ['lh htx', 'lhhtx'],
  ['liên hiệp', 'lhhtx'],
  ['hợp tác xã thành viên', 'member_htx'],
  ['htx thành viên', 'member_htx'],
  ['hợp tác xã', 'htx'],
  ['htx', 'htx'],
  ['tổ hợp tác', 'tht'],
  ['tht', 'tht'],
  ['tổ chức kinh tế tập thể', 'ktt'],
  ['tổ chức ktt', 'ktt'],
  ['tổ chức kttt', 'ktt'],
  ['tổ chức kinh tế hợp tác', 'ktt'],
  ['thành viên', 'member'],
  ['xã viên', 'member'],
  ['cán bộ quản lý', 'manager'],
  ['cán bộ', 'manager'],
  ['giám đốc', 'director'],
  ['người', 'person'],
  ['lao động', 'person'],
  ['mô hình', 'model'],
  ['sản phẩm', 'product'],
];

export type HeadClass =
  | 'tht'
  | 'htx'
  | 'lhhtx'
  | 'member_htx'
  | 'ktt'
  | 'member'
  | 'manager'
  | 'director'
  | 'person'
  | 'model'
  | 'product';

/** Cues that make a figure a baseline (already reached), and cues of a goal. */
export const BASELINE_CUES = [
  'hiện',
  'hiện có',
  'hiện nay',
  'hiện tại',
  'hiện toàn',
  'hiện trên địa bàn',
  'hiện cả nước',
  'tính đến',
  'tính tới',
  'đến nay',
  'tới nay',
  'đến thời điểm này',
  'đã thành lập',
  'đã có',
  'đã đạt',
  'đã phát triển',
  'đã xây dựng',
  'đã hỗ trợ',
  'đã hình thành',
  'thành lập được',
  'xây dựng được',
  'đạt và vượt',
  'vượt kế hoạch',
  'vượt chỉ tiêu',
  'ước',
  'ước năm',
  'ước thực hiện',
  'ước đạt',
  'ước tính',
  'ước cả năm',
  'so với năm',
  'so với cùng kỳ',
  'năm qua',
  'thời gian qua',
  'trong năm qua',
  'đã giải thể',
  'chỉ có',
  'mới có',
  'mới đạt',
  'vẫn còn',
  'hiện mới',
  'qua các năm',
  'lũy kế',
  'luỹ kế',
] as const;

/** Goal words strong enough to hold against a past year ("Năm 2023, phấn đấu …" in a report). */
export const TARGET_CUES = ['phấn đấu', 'mục tiêu', 'chỉ tiêu', 'kế hoạch đề ra', 'định hướng', 'dự kiến', 'tầm nhìn', 'hướng tới'] as const;

/** Goal words that give way to a year already past ("đến cuối năm 2022 có 68 HTX"). */
// (Not "cần": without diacritics it is "cán" of "cán bộ".)
export const WEAK_TARGET_CUES = ['sẽ', 'nhằm', 'đảm bảo', 'bảo đảm', 'đến năm', 'tới năm', 'đến hết năm'] as const;

/** Headings whose sections report results (baselines) or set goals (targets). */
export const SECTION_BASELINE_CUES = ['kết quả', 'thực trạng', 'tình hình', 'đánh giá', 'sơ kết', 'tổng kết', 'hiện trạng', 'đã đạt được'] as const;
export const SECTION_TARGET_CUES = ['mục tiêu', 'chỉ tiêu', 'nhiệm vụ', 'phương hướng', 'định hướng', 'tầm nhìn', 'kế hoạch'] as const;

/** Goals stated per year ("mỗi năm thành lập mới 20 HTX"). */
export const PER_YEAR_CUES = ['mỗi năm', 'hằng năm', 'hàng năm', 'bình quân năm', '/năm', 'một năm'] as const;

/** Document types, longest first; the code is the one used in document numbers. */
export const DOCUMENT_TYPES: ReadonlyArray<readonly [string, string]> = [
  ['Chương trình hành động', 'CTr'],
  ['Chương trình', 'CTr'],
  ['Kế hoạch', 'KH'],
  ['Nghị quyết', 'NQ'],
  ['Quyết định', 'QĐ'],
  ['Đề án', 'ĐA'],
  ['Chỉ thị', 'CT'],
  ['Báo cáo', 'BC'],
  ['Thông báo', 'TB'],
  ['Kết luận', 'KL'],
  ['Hướng dẫn', 'HD'],
  ['Nghị định', 'NĐ'],
  ['Thông tư', 'TT'],
  ['Công văn', 'CV'],
  ['Luật', 'QH'],
];

/** Web counters: a label and a number ("Lượt xem: 119", "Hôm nay: 1295"). */
export const CHROME_COUNTER_CUES = [
  'lượt xem',
  'lượt truy cập',
  'số lượt truy cập',
  'tổng truy cập',
  'đang online',
  'đang truy cập',
  'hôm nay',
  'hôm qua',
  'trong tuần',
  'trong tháng',
  'tất cả',
  'lượt thích',
  'lượt chia sẻ',
] as const;

/** Labels that open a line of page chrome (navigation, footers, widgets). */
export const CHROME_LABEL_CUES = [
  'bình luận',
  'nổi bật',
  'tin mới nhất',
  'tin mới',
  'bài viết mới',
  'tin nổi bật',
  'bình chọn',
  'khả năng đáp ứng',
  'cơ quan chủ quản',
  'địa chỉ',
  'điện thoại',
  'fax',
  'email',
  'ghi rõ nguồn',
  'bản quyền',
  'copyright',
  'chia sẻ',
  'in bài',
  'gửi bài',
  'từ khóa',
  'tags',
  'translate',
  'language',
  'skip to content',
  'trang chủ',
  'đăng nhập',
  'sơ đồ trang',
  'chịu trách nhiệm',
  'giấy phép',
  'xem kết quả',
] as const;

/** Words that make a line of any length a footer line ("Điện thoại: (0299) 3 834 570"). */
export const CHROME_FOOTER_CUES = ['điện thoại', 'email', 'cơ quan chủ quản', 'ghi rõ nguồn'] as const;

/** Headings after which the rest of a page is navigation or related articles. */
export const CHROME_SECTION_CUES = [
  'bài viết cùng chuyên mục',
  'bài viết liên quan',
  'tin liên quan',
  'tin cùng chuyên mục',
  'tin bài cùng chuyên mục',
  'tin bài liên quan',
  'tin khác',
  'các tin khác',
  'xem thêm',
  'đọc thêm',
  'tin mới nhất',
  'tin nổi bật',
  'bài viết mới',
  'nổi bật',
  'số lượt truy cập',
  'bình luận',
] as const;
