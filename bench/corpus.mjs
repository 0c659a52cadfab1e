// Deterministic synthetic corpus for the benchmark: plans of about 5 KB built by
// recombining realistic sentences of Vietnamese collective-economy plans (letterheads,
// document numbers, dates, provinces and districts, numbers in every written form,
// comparators, years, baselines and targets, and the usual traps).
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** mulberry32: small, fast, deterministic. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROVINCES = [
  ['tỉnh', 'Sóc Trăng', ['Châu Thành', 'Mỹ Xuyên', 'Kế Sách', 'Long Phú']],
  ['tỉnh', 'Kiên Giang', ['Châu Thành', 'Giồng Riềng', 'Tân Hiệp', 'An Biên']],
  ['tỉnh', 'Hải Dương', ['Cẩm Giàng', 'Gia Lộc', 'Thanh Miện', 'Nam Sách']],
  ['tỉnh', 'Đắk Lắk', ['Cư M’gar', 'Krông Pắc', 'Ea Kar', 'Buôn Đôn']],
  ['tỉnh', 'Bến Tre', ['Châu Thành', 'Mỏ Cày Nam', 'Giồng Trôm', 'Ba Tri']],
  ['tỉnh', 'Thái Bình', ['Đông Hưng', 'Kiến Xương', 'Tiền Hải', 'Vũ Thư']],
  ['tỉnh', 'Hà Tĩnh', ['Can Lộc', 'Đức Thọ', 'Hương Khê', 'Kỳ Anh']],
  ['tỉnh', 'Gia Lai', ['Chư Sê', 'Đức Cơ', 'Ia Grai', 'Kbang']],
  ['tỉnh', 'Lâm Đồng', ['Di Linh', 'Đức Trọng', 'Lâm Hà', 'Bảo Lâm']],
  ['tỉnh', 'Sơn La', ['Mộc Châu', 'Mai Sơn', 'Yên Châu', 'Sông Mã']],
  ['tỉnh', 'Cà Mau', ['Phú Tân', 'Cái Nước', 'Trần Văn Thời', 'U Minh']],
  ['tỉnh', 'Đồng Tháp', ['Cao Lãnh', 'Tháp Mười', 'Lai Vung', 'Châu Thành']],
  ['tỉnh', 'Thái Nguyên', ['Đại Từ', 'Phú Lương', 'Định Hóa', 'Võ Nhai']],
  ['tỉnh', 'Nghệ An', ['Diễn Châu', 'Yên Thành', 'Quỳnh Lưu', 'Nghi Lộc']],
  ['tỉnh', 'Thanh Hóa', ['Thọ Xuân', 'Triệu Sơn', 'Hoằng Hóa', 'Nông Cống']],
  ['tỉnh', 'Quảng Nam', ['Duy Xuyên', 'Điện Bàn', 'Thăng Bình', 'Núi Thành']],
  ['tỉnh', 'Bình Định', ['Phù Mỹ', 'Tuy Phước', 'Hoài Nhơn', 'An Nhơn']],
  ['tỉnh', 'An Giang', ['Châu Thành', 'Chợ Mới', 'Thoại Sơn', 'Tri Tôn']],
  ['tỉnh', 'Long An', ['Đức Hòa', 'Cần Giuộc', 'Bến Lức', 'Thủ Thừa']],
  ['tỉnh', 'Tiền Giang', ['Cái Bè', 'Cai Lậy', 'Châu Thành', 'Gò Công Tây']],
  ['tỉnh', 'Bắc Giang', ['Lục Ngạn', 'Yên Thế', 'Lạng Giang', 'Tân Yên']],
  ['tỉnh', 'Quảng Ninh', ['Đông Triều', 'Hải Hà', 'Tiên Yên', 'Vân Đồn']],
  ['tỉnh', 'Bà Rịa - Vũng Tàu', ['Phú Mỹ', 'Châu Đức', 'Xuyên Mộc', 'Long Điền']],
  ['tỉnh', 'Vĩnh Long', ['Long Hồ', 'Mang Thít', 'Tam Bình', 'Trà Ôn']],
  ['tỉnh', 'Hòa Bình', ['Lạc Sơn', 'Mai Châu', 'Tân Lạc', 'Kim Bôi']],
  ['tỉnh', 'Lào Cai', ['Bát Xát', 'Bảo Thắng', 'Sa Pa', 'Văn Bàn']],
  ['tỉnh', 'Phú Thọ', ['Thanh Sơn', 'Lâm Thao', 'Cẩm Khê', 'Tân Sơn']],
  ['tỉnh', 'Nam Định', ['Hải Hậu', 'Giao Thủy', 'Ý Yên', 'Xuân Trường']],
  ['thành phố', 'Hà Nội', ['Ba Vì', 'Đông Anh', 'Gia Lâm', 'Sóc Sơn']],
  ['thành phố', 'Cần Thơ', ['Phong Điền', 'Cờ Đỏ', 'Thới Lai', 'Vĩnh Thạnh']],
  ['thành phố', 'Hải Phòng', ['An Lão', 'Kiến Thụy', 'Thủy Nguyên', 'Vĩnh Bảo']],
  ['thành phố', 'Đà Nẵng', ['Hòa Vang']],
];

const WORDS = ['', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

const pick = (r, list) => list[Math.floor(r() * list.length)];
const int = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));

/** 63000 → "63.000"; 7521 → "7 521" now and then (web counters). */
function dotted(r, n) {
  const s = String(n);
  const sep = r() < 0.1 ? ' ' : '.';
  return s.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

function number(r, lo, hi) {
  const n = int(r, lo, hi);
  const form = r();
  if (form < 0.08 && n <= 10) return WORDS[n];
  if (form < 0.14 && n < 10) return `0${n}`;
  return dotted(r, n);
}

function percent(r) {
  const p = int(r, 5, 95);
  return r() < 0.2 ? `${p},${int(r, 1, 9)}%` : `${p}%`;
}

function comparator(r) {
  return pick(r, ['', '', 'trên ', 'hơn ', 'ít nhất ', 'tối thiểu ', 'khoảng ', 'gần ', 'không dưới ', 'đạt ', 'đạt từ ']);
}

function plan(r, i) {
  const [ptype, province, districts] = pick(r, PROVINCES);
  const district = r() < 0.3 ? pick(r, districts) : null;
  const year = int(r, 2021, 2025);
  const horizon = pick(r, [2025, 2025, 2030, 2030, 2045]);
  const kind = pick(r, [
    ['KẾ HOẠCH', 'KH', 'Kế hoạch'],
    ['CHƯƠNG TRÌNH HÀNH ĐỘNG', 'CTr', 'Chương trình hành động'],
    ['NGHỊ QUYẾT', 'NQ', 'Nghị quyết'],
    ['ĐỀ ÁN', 'ĐA', 'Đề án'],
  ]);
  const organ = district ? pick(r, ['UBND', 'HU']) : pick(r, ['UBND', 'TU', 'HĐND']);
  const lines = [];
  const P = province.toUpperCase();
  const unit = district ? `huyện ${district}` : `${ptype} ${province}`;
  if (organ === 'UBND') lines.push('ỦY BAN NHÂN DÂN', district ? `HUYỆN ${district.toUpperCase()}` : `${ptype.toUpperCase()} ${P}`);
  else if (organ === 'TU') lines.push(ptype === 'tỉnh' ? `TỈNH ỦY ${P}` : `THÀNH ỦY ${P}`, '*');
  else if (organ === 'HU') lines.push(`ĐẢNG BỘ TỈNH ${P}`, `HUYỆN ỦY ${district.toUpperCase()}`, '*');
  else lines.push('HỘI ĐỒNG NHÂN DÂN', `${ptype.toUpperCase()} ${P}`);
  const suffix = organ === 'UBND' ? 'UBND' : organ === 'HĐND' ? 'HĐND' : organ === 'HU' ? 'HU' : 'TU';
  lines.push('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '');
  lines.push(`Số: ${int(r, 1, 999)}/${kind[1]}-${suffix}`);
  lines.push(`${district ?? province}, ngày ${int(r, 1, 28)} tháng ${int(r, 1, 12)} năm ${year}`, '');
  lines.push(kind[0], `Thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới`, '');
  lines.push(`Căn cứ Nghị quyết số 20-NQ/TW ngày 16.6.2022 của Ban Chấp hành Trung ương Đảng; Căn cứ Luật Hợp tác xã số 17/2023/QH15 ngày 20/6/2023; Thực hiện Chương trình số ${int(r, 10, 99)}-CTr/TU ngày ${int(r, 1, 28)}/${int(r, 1, 12)}/${year} của Tỉnh ủy.`);
  lines.push(`${organ === 'UBND' ? `Ủy ban nhân dân ${unit}` : organ === 'HĐND' ? `Hội đồng nhân dân ${unit}` : organ === 'HU' ? `Ban Thường vụ Huyện ủy ${district}` : `Ban Thường vụ Tỉnh ủy ${province}`} ban hành ${kind[2]} thực hiện như sau:`, '');
  lines.push('I. THỰC TRẠNG', '');
  const baselines = [
    () => `Hiện trên địa bàn ${unit} có ${number(r, 20, 900)} HTX, ${number(r, 10, 700)} tổ hợp tác với ${dotted(r, int(r, 1000, 90000))} thành viên.`,
    () => `Tính đến 30/6/${year} toàn ${district ? 'huyện' : 'tỉnh'} có ${number(r, 30, 900)} tổ hợp tác, ${number(r, 20, 800)} hợp tác xã và ${number(r, 1, 5)} liên hiệp hợp tác xã.`,
    () => `Từ đầu năm ${year - 1} đến nay đã thành lập mới ${number(r, 3, 60)} HTX, giải thể ${number(r, 1, 20)} HTX ngừng hoạt động.`,
    () => `Doanh thu bình quân của HTX năm ${year - 1} đạt ${int(r, 1, 9)},${int(r, 1, 9)} tỷ đồng/năm; thu nhập bình quân của thành viên đạt ${int(r, 30, 90)} triệu đồng/năm.`,
    () => `Số HTX xếp loại tốt, khá chiếm ${percent(r)}, HTX yếu kém chiếm ${percent(r)}; ${number(r, 5, 90)} HTX ứng dụng công nghệ cao.`,
    () => `Toàn ${district ? 'huyện' : 'tỉnh'} có ${number(r, 10, 300)} sản phẩm OCOP đạt từ 3 sao trở lên, trong đó ${number(r, 5, 100)} sản phẩm của HTX.`,
    () => `Kinh tế tập thể đóng góp khoảng ${int(r, 1, 9)},${int(r, 1, 9)}% GRDP; kết quả đạt và vượt Kế hoạch năm ${year - 1}.`,
    () => `Tuy nhiên, nhiều HTX còn quy mô nhỏ, năng lực quản trị hạn chế, chưa đáp ứng yêu cầu của Cách mạng công nghiệp 4.0 và chuyển đổi số.`,
    () => `Trong ${int(r, 2, 6)} tháng đầu năm ${year}, ${number(r, 2, 40)} HTX đã liên kết theo chuỗi giá trị với doanh nghiệp, chiếm ${percent(r)} tổng số HTX.`,
  ];
  const targets = [
    () => `- Phấn đấu đến năm ${horizon} có ${comparator(r)}${dotted(r, int(r, 100, 5000))} tổ hợp tác với ${dotted(r, int(r, 1000, 90000))} thành viên; ${dotted(r, int(r, 50, 2000))} hợp tác xã với ${dotted(r, int(r, 5000, 200000))} thành viên.`,
    () => `- Thành lập mới ${comparator(r)}${number(r, 5, 300)} tổ hợp tác, ${number(r, 3, 200)} HTX, ${number(r, 1, 5)} liên hiệp HTX trở lên.`,
    () => `- Tỷ lệ HTX hoạt động hiệu quả đạt từ ${int(r, 40, 70)}% - ${int(r, 71, 95)}%.`,
    () => `- Có ${comparator(r)}${percent(r)} HTX xếp loại tốt, khá; không có HTX yếu kém.`,
    () => `- Thu nhập bình quân của thành viên, người lao động trong HTX đạt ${comparator(r)}${int(r, 40, 120)} triệu đồng/năm.`,
    () => `- Doanh thu bình quân của một HTX đạt ${int(r, 1, 9)},${int(r, 1, 9)} tỷ đồng/năm; lợi nhuận bình quân tăng ${int(r, 3, 12)}%/năm.`,
    () => `- Ít nhất ${percent(r)} HTX nông nghiệp ứng dụng công nghệ cao, ${percent(r)} HTX ứng dụng chuyển đổi số.`,
    () => `- Tối thiểu ${percent(r)} cán bộ quản lý HTX được đào tạo, bồi dưỡng; ${percent(r)} giám đốc HTX có trình độ đại học trở lên.`,
    () => `- Phấn đấu mỗi năm thành lập mới từ ${int(r, 5, 20)} - ${int(r, 21, 60)} HTX; đến năm ${horizon} tổng số HTX trên địa bàn đạt khoảng ${dotted(r, int(r, 100, 3000))} HTX.`,
    () => `- Số HTX tham gia liên kết theo chuỗi giá trị đạt trên ${percent(r)}; có ${number(r, 2, 40)} HTX có sản phẩm OCOP.`,
    () => `- Đến năm ${horizon}, kinh tế tập thể đóng góp khoảng ${int(r, 3, 9)},${int(r, 1, 9)}% vào GRDP của ${district ? 'huyện' : 'tỉnh'}.`,
    () => `- Phát triển ${pick(r, ['ba', 'hai', 'năm'])} triệu thành viên tổ hợp tác, ${int(r, 50, 200)} nghìn thành viên HTX trên cả nước (chỉ tiêu chung của Trung ương).`,
  ];
  const tasks = [
    () => `${int(r, 1, 9)}. Tăng cường công tác tuyên truyền, nâng cao nhận thức về kinh tế tập thể; tổ chức ${number(r, 2, 20)} lớp tập huấn cho cán bộ quản lý HTX.`,
    () => `Thực hiện có hiệu quả 5 nhiệm vụ, giải pháp chủ yếu theo Kế hoạch số ${int(r, 10, 500)}/KH-UBND ngày ${int(r, 1, 28)}/${int(r, 1, 12)}/${year - 1} của UBND tỉnh.`,
    () => `Hỗ trợ HTX tiếp cận nguồn vốn vay ưu đãi từ Quỹ hỗ trợ phát triển HTX, mức vay tối đa ${int(r, 1, 3)} tỷ đồng/dự án, thời hạn vay không quá ${int(r, 3, 7)} năm.`,
    () => `Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh theo dõi, tổng hợp, báo cáo UBND tỉnh trước ngày ${int(r, 1, 28)}/${int(r, 1, 12)} hằng năm.`,
    () => `Rà soát, hướng dẫn các HTX ngừng hoạt động thực hiện giải thể theo quy định tại Điều ${int(r, 20, 90)} Luật Hợp tác xã năm 2023.`,
  ];
  const chunks = [];
  let size = lines.join('\n').length;
  const add = (s) => {
    chunks.push(s);
    size += s.length + 1;
  };
  for (let k = 0; k < int(r, 3, 6); k++) add(pick(r, baselines)());
  add('');
  add('II. MỤC TIÊU');
  add('1. Mục tiêu chung');
  add(`Phát triển kinh tế tập thể, trọng tâm là HTX, theo hướng bền vững, đóng góp ngày càng cao vào tăng trưởng kinh tế của ${district ? 'huyện' : 'tỉnh'}.`);
  add('2. Mục tiêu cụ thể');
  add(`a) Đến năm ${horizon}:`);
  while (size < 2900) add(pick(r, targets)());
  add('');
  add('III. NHIỆM VỤ, GIẢI PHÁP');
  while (size < 3950) add(pick(r, tasks)());
  add('');
  add(`Nơi nhận:\n- Như trên;\n- TT ${district ? 'Huyện' : 'Tỉnh'} ủy;\n- Lưu: VT.`);
  add(`ĐT: 0${int(r, 200, 299)}.${int(r, 3800000, 3899999)} - Lượt xem: ${int(r, 10, 9999)}`);
  add(district ? `UBND HUYỆN ${district.toUpperCase()} - TỈNH ${P}` : `${organ === 'UBND' ? 'UBND' : 'VĂN PHÒNG TỈNH ỦY'} ${ptype.toUpperCase()} ${P}`);
  void i;
  return `${lines.join('\n')}\n${chunks.join('\n')}\n`;
}

/** Plan number `i` of the corpus: the same text for the same `i`, always. */
export function planText(i) {
  return plan(rng(0x5eed + i * 7919), i);
}

/** A single big file of about `bytes` bytes: plans one after the other (for the linearity check). */
export function bigText(bytes, seed = 1) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const t = planText(seed * 1_000_003 + i);
    parts.push(t);
    size += Buffer.byteLength(t);
  }
  return parts.join('\n');
}

/** Writes `docs` plans into `dir` (000000.txt …), reusing a corpus of the same size. */
export async function writeCorpus(dir, docs) {
  let existing = [];
  try {
    existing = (await readdir(dir)).filter((f) => f.endsWith('.txt'));
  } catch {
    // no corpus yet
  }
  if (existing.length === docs) return { dir, docs, reused: true };
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (let i = 0; i < docs; i++) await writeFile(join(dir, `${String(i).padStart(6, '0')}.txt`), planText(i));
  return { dir, docs, reused: false };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 3);
  for (let i = 0; i < n; i++) process.stdout.write(`${planText(i)}\n=====\n`);
}
