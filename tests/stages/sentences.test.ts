import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.js';
import { structureText } from '../../src/pipeline/structure.js';
import type { Target } from '../../src/schema/target-file.js';

type Want = Partial<Pick<Target, 'kind' | 'indicator' | 'comparator' | 'value' | 'min' | 'max' | 'unit' | 'deadline' | 'perYear'>>;

function pick(t: Target, want: Want): Want {
  const out: Want = {};
  for (const k of Object.keys(want) as Array<keyof Want>) (out as Record<string, unknown>)[k] = t[k];
  return out;
}

function check(text: string, wants: Want[], format: 'text' | 'markdown' = 'text'): void {
  const targets = extract(text, { format }).targets;
  expect(targets.map((t, i) => pick(t, wants[i] ?? {}))).toEqual(wants);
}

describe('comparators and ranges', () => {
  it.each<[string, Want]>([
    ['Đến năm 2030 có trên 70% số HTX đạt loại tốt, khá.', { comparator: 'gt', value: 70 }],
    ['Đến năm 2030 có hơn 500 hợp tác xã.', { comparator: 'gt', value: 500 }],
    ['Đến năm 2030 số hợp tác xã vượt 500.', { comparator: 'gt', value: 500 }],
    ['Đến năm 2030 tổng số hợp tác xã vượt mốc 400.', { comparator: 'gt', value: 400 }],
    ['Đến năm 2030 tỷ lệ HTX hoạt động hiệu quả đạt ít nhất 60%.', { comparator: 'gte', value: 60 }],
    ['Đến năm 2030 tỷ lệ HTX hoạt động hiệu quả tối thiểu 60%.', { comparator: 'gte', value: 60 }],
    ['Đến năm 2030 tỷ lệ HTX hoạt động hiệu quả không ít hơn 60%.', { comparator: 'gte', value: 60 }],
    ['Đến năm 2030 tỷ lệ HTX hoạt động hiệu quả không dưới 60%.', { comparator: 'gte', value: 60 }],
    ['Năm 2025 thành lập mới từ 35 HTX trở lên.', { comparator: 'gte', value: 35 }],
    ['Năm 2025 thành lập mới 35 HTX trở lên.', { comparator: 'gte', value: 35 }],
    ['Năm 2025 tỷ lệ HTX hoạt động hiệu quả đạt từ 50%.', { comparator: 'gte', value: 50 }],
    ['Năm 2025 tỷ lệ HTX yếu kém dưới 10%.', { comparator: 'lt', value: 10 }],
    ['Năm 2025 giảm tỷ lệ HTX yếu kém xuống dưới 5%.', { comparator: 'lt', value: 5 }],
    ['Năm 2025 tỷ lệ HTX yếu kém không quá 4%.', { comparator: 'lte', value: 4 }],
    ['Năm 2025 tỷ lệ HTX yếu kém tối đa 3%.', { comparator: 'lte', value: 3 }],
    ['Năm 2025 toàn tỉnh có khoảng 3.000 tổ hợp tác.', { comparator: 'approx', value: 3000 }],
    ['Năm 2025 toàn tỉnh có gần 3.000 tổ hợp tác.', { comparator: 'approx', value: 3000 }],
    ['Năm 2025 toàn tỉnh có xấp xỉ 3.000 tổ hợp tác.', { comparator: 'approx', value: 3000 }],
    ['Năm 2030 số HTX đạt loại tốt, khá chiếm từ 70% - 85%.', { comparator: 'range', value: null, min: 70, max: 85 }],
    ['Năm 2030 số HTX đạt loại tốt, khá từ 55 - 65%.', { comparator: 'range', min: 55, max: 65 }],
    ['Năm 2030 số HTX đạt loại tốt, khá 55-65%.', { comparator: 'range', min: 55, max: 65 }],
    ['Năm 2030 số HTX đạt loại tốt, khá 55 đến 65%.', { comparator: 'range', min: 55, max: 65 }],
    ['Giai đoạn 2026-2030 giá trị tăng thêm của khu vực kinh tế tập thể tăng từ 5% đến 7%/năm.', { comparator: 'range', min: 5, max: 7, unit: 'percent_per_year', deadline: 2030 }],
    ['Năm 2024 có từ 01-02 HTX trở lên có sản phẩm OCOP.', { indicator: 'htx.ocop', comparator: 'range', min: 1, max: 2 }],
  ])('%s', (text, want) => check(text, [want]));
});

describe('units and amounts', () => {
  it.each<[string, Want]>([
    ['Năm 2024, lợi nhuận bình quân HTX: 85 triệu đồng/năm.', { indicator: 'htx.avg_profit', value: 85_000_000, unit: 'vnd_per_year' }],
    ['Năm 2025, doanh thu bình quân của một HTX đạt 3,2 tỷ đồng/năm.', { indicator: 'htx.avg_revenue', value: 3_200_000_000, unit: 'vnd_per_year' }],
    ['Năm 2025, thu nhập bình quân của thành viên HTX đạt 5 triệu đồng/người/tháng.', { indicator: 'htx.member_avg_income', value: 5_000_000, unit: 'vnd_per_month' }],
    ['Giai đoạn 2021-2025, kinh tế tập thể tăng trưởng bình quân 6%/năm.', { indicator: 'ktt.growth_rate', value: 6, unit: 'percent_per_year', deadline: 2025 }],
    ['Đến năm 2025, khu vực kinh tế tập thể tăng bình quân 10%/năm.', { indicator: 'ktt.growth_rate', value: 10, unit: 'percent_per_year' }],
    ['Đến năm 2030, đóng góp của kinh tế tập thể đạt 0,8% GRDP.', { indicator: 'ktt.grdp_share', value: 0.8, unit: 'percent' }],
    ['Đến năm 2030, cả nước có 6,5 triệu thành viên hợp tác xã.', { indicator: 'htx.members', value: 6_500_000, unit: 'person' }],
    ['Đến năm 2030, có một nghìn hai trăm cán bộ quản lý HTX đạt trình độ cao đẳng, đại học.', { indicator: 'htx.manager_degree', value: 1200, unit: 'person' }],
  ])('%s', (text, want) => check(text, [want]));
});

describe('lists share a verb, a comparator and a deadline', () => {
  it('thành lập mới 30 tổ hợp tác, 180 HTX, 2 liên hiệp HTX: three new-foundation targets', () => {
    check('Mục tiêu đến năm 2030 là thành lập mới 30 tổ hợp tác, 180 HTX, 2 liên hiệp HTX.', [
      { indicator: 'tht.new', value: 30, deadline: 2030 },
      { indicator: 'htx.new', value: 180, deadline: 2030 },
      { indicator: 'lhhtx.new', value: 2, deadline: 2030 },
    ]);
  });

  it('"khoảng" before the first item covers the list and its "với N thành viên" companions', () => {
    const approx = { comparator: 'approx' as const, deadline: 2025 };
    check('Đến năm 2025 có khoảng 2.000 tổ hợp tác với 24.000 thành viên, 350 hợp tác xã với 52.000 thành viên, 3 liên hiệp hợp tác xã với 15 hợp tác xã thành viên.', [
      { indicator: 'tht.total', value: 2000, ...approx },
      { indicator: 'tht.members', value: 24000, ...approx },
      { indicator: 'htx.total', value: 350, ...approx },
      { indicator: 'htx.members', value: 52000, ...approx },
      { indicator: 'lhhtx.total', value: 3, ...approx },
      { indicator: 'lhhtx.member_htx', value: 15, ...approx },
    ]);
  });

  it('a comparator on a later item is that item\'s alone', () => {
    check('Hiện nay toàn tỉnh có 738 HTX với hơn 64.000 thành viên, 2 liên hiệp HTX.', [
      { indicator: 'htx.total', comparator: 'eq', value: 738 },
      { indicator: 'htx.members', comparator: 'gt', value: 64000 },
      { indicator: 'lhhtx.total', comparator: 'eq', value: 2 },
    ]);
  });

  it('a clause with its own verb starts a new list', () => {
    check('Đến năm 2030, tỷ lệ cán bộ quản lý HTX có trình độ cao đẳng, đại học đạt ít nhất 29%; giám đốc HTX được đào tạo là 80%.', [
      { indicator: 'htx.manager_degree_rate', comparator: 'gte', value: 29 },
      { indicator: 'htx.director_trained_rate', comparator: 'eq', value: 80 },
    ]);
  });

  it('"không có HTX yếu kém" is a target of zero', () => {
    check('Năm 2024 phấn đấu không có HTX hoạt động yếu kém.', [{ indicator: 'htx.weak_rate', comparator: 'eq', value: 0, unit: 'percent', deadline: 2024 }]);
  });
});

describe('deadlines', () => {
  it.each<[string, string, Want[]]>([
    ['in the sentence', 'Phấn đấu đến năm 2030 có 100 HTX ứng dụng công nghệ cao.', [{ deadline: 2030 }]],
    ['after the number', 'Có 100 HTX ứng dụng công nghệ cao vào năm 2030.', [{ deadline: 2030 }]],
    ['two horizons in one sentence', 'Có 500 HTX vào năm 2025 và 700 HTX vào năm 2030.', [{ value: 500, deadline: 2025 }, { value: 700, deadline: 2030 }]],
    ['from a heading', 'a) Đến năm 2030:\n- Toàn tỉnh có 700 hợp tác xã.\n\nb) Tầm nhìn đến năm 2045:\n- Toàn tỉnh có 1.000 hợp tác xã.', [{ value: 700, deadline: 2030 }, { value: 1000, deadline: 2045 }]],
    ['from a lead-in', 'Năm 2024, tỉnh phấn đấu đạt các chỉ tiêu sau:\n- Thành lập mới 20 hợp tác xã.', [{ deadline: 2024 }]],
    ['from the sentence before, in the same paragraph', 'Mục tiêu đến năm 2030 là phát triển kinh tế tập thể. Phấn đấu có trên 70% số HTX đạt loại tốt, khá.', [{ deadline: 2030 }]],
    ['from a period', 'Giai đoạn 2021-2025, thành lập mới 200 hợp tác xã.', [{ deadline: 2025 }]],
    ['from "6 tháng cuối năm"', 'Trong 6 tháng cuối năm 2022, thành lập mới 12 hợp tác xã.', [{ value: 12, deadline: 2022 }]],
    ['from a month', 'Xây dựng 5 HTX làm điểm, hoàn thành trong tháng 6/2022.', [{ indicator: 'htx.pilot', deadline: 2022 }]],
    ['from the plan\'s own year', 'Kế hoạch phát triển kinh tế tập thể năm 2024\n\nThành lập mới 35 hợp tác xã.', [{ deadline: 2024 }]],
    ['not from a cited resolution\'s date', 'Thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022, phấn đấu đến năm 2030 có 1.000 hợp tác xã.', [{ deadline: 2030 }]],
  ])('%s', (_name, text, wants) => check(text, wants));

  it('goals stated per year', () => {
    check('Giai đoạn 2021-2025, mỗi năm thành lập mới 20 HTX.', [{ indicator: 'htx.new', value: 20, perYear: true, deadline: 2025 }]);
  });
});

describe('baselines and targets', () => {
  it.each<[string, string, Want[]]>([
    ['hiện có', 'Hiện trên địa bàn tỉnh có 633 HTX.', [{ kind: 'baseline', indicator: 'htx.total' }]],
    ['tính đến', 'Tính đến 30/6/2023 toàn tỉnh có 674 tổ hợp tác.', [{ kind: 'baseline', deadline: 2023 }]],
    ['ước năm', 'Ước năm 2023, toàn tỉnh có 820 hợp tác xã.', [{ kind: 'baseline', deadline: 2023 }]],
    ['đã thành lập', 'Năm 2023 toàn tỉnh đã thành lập mới 25 HTX.', [{ kind: 'baseline', indicator: 'htx.new', deadline: 2023 }]],
    ['đạt và vượt', 'Số HTX thành lập mới là 36 HTX, đạt và vượt Kế hoạch năm 2023.', [{ kind: 'baseline', deadline: 2023 }]],
    ['so với năm', 'Năm 2022 số HTX hoạt động hiệu quả đạt 62%, so với năm 2021 tăng mạnh.', [{ kind: 'baseline', deadline: 2022 }]],
    ['phấn đấu', 'Phấn đấu đến năm 2025 thành lập mới 50 HTX.', [{ kind: 'target', deadline: 2025 }]],
    ['a past year in a later plan', 'KẾ HOẠCH\nPhát triển kinh tế tập thể\n\nHà Nội, ngày 10 tháng 1 năm 2024\n\nĐến cuối năm 2022, có 68 HTX ứng dụng công nghệ cao.', [{ kind: 'baseline', deadline: 2022 }]],
    ['a results section', 'I. KẾT QUẢ THỰC HIỆN\n\nToàn tỉnh có 412 hợp tác xã.\n\nII. MỤC TIÊU\n\nToàn tỉnh có 500 hợp tác xã vào năm 2030.', [{ kind: 'baseline', value: 412 }, { kind: 'target', value: 500 }]],
  ])('%s', (_name, text, wants) => check(text, wants));

  it('the same goal stated twice is one target, with the body\'s location', () => {
    const targets = extract('Phấn đấu thành lập mới 50 HTX trong năm 2025.\n\nNăm 2025, phấn đấu thành lập mới ít nhất 50 HTX.').targets;
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatchObject({ comparator: 'gte', value: 50, deadline: 2025 });
    expect(targets[0]!.location.line).toBe(3);
  });
});

describe('indicators', () => {
  it.each<[string, string]>([
    ['Đến năm 2030 thành lập mới 30 tổ hợp tác.', 'tht.new'],
    ['Đến năm 2030 có 700 tổ hợp tác.', 'tht.total'],
    ['Đến năm 2030 thành lập mới 2 liên hiệp HTX.', 'lhhtx.new'],
    ['Đến năm 2030 có 5 liên hiệp hợp tác xã.', 'lhhtx.total'],
    ['Đến năm 2030 có trên 60% số HTX liên kết với doanh nghiệp theo chuỗi giá trị.', 'htx.value_chain_rate'],
    ['Đến năm 2030 có 150 HTX tham gia liên kết theo chuỗi giá trị.', 'htx.value_chain'],
    ['Đến năm 2030 có 20% HTX ứng dụng công nghệ cao.', 'htx.hightech_rate'],
    ['Đến năm 2030 có 100% các tổ chức kinh tế tập thể ứng dụng chuyển đổi số.', 'ktt.digital_rate'],
    ['Đến năm 2030 có 210 cán bộ quản lý HTX được đào tạo trình độ sơ cấp, trung cấp.', 'htx.manager_trained'],
    ['Đến năm 2030 có 80% giám đốc HTX được đào tạo, bồi dưỡng.', 'htx.director_trained_rate'],
    ['Đến năm 2030 khoảng 20% dân số là thành viên tổ chức kinh tế tập thể.', 'ktt.population_share'],
    ['Đến năm 2030 có 75% HTX hoạt động hiệu quả.', 'htx.effective_rate'],
  ])('%s → %s', (text, indicator) => {
    expect(extract(text).targets.map((t) => t.indicator)).toEqual([indicator]);
  });
});

describe('tables', () => {
  it('a Markdown table whose columns are years: every cell a target with its row\'s indicator', () => {
    const md = '| Chỉ tiêu | Đơn vị | 2024 | 2025 |\n|---|---|---|---|\n| Số HTX thành lập mới | HTX | 20 | 25 |\n| Tỷ lệ HTX hoạt động hiệu quả | % | 60 | 65 |\n';
    check(md, [
      { indicator: 'htx.new', value: 20, deadline: 2024 },
      { indicator: 'htx.new', value: 25, deadline: 2025 },
      { indicator: 'htx.effective_rate', value: 60, unit: 'percent', deadline: 2024 },
      { indicator: 'htx.effective_rate', value: 65, unit: 'percent', deadline: 2025 },
    ], 'markdown');
  });

  it('a plain-text table aligned with spaces, with a wrapped row label', () => {
    const text = [
      'TT  Chỉ tiêu                                 Đơn vị     2025     2030',
      '1   Tỷ lệ HTX ứng dụng công nghệ cao         %          5        10',
      '2   Cán bộ quản lý HTX được đào tạo sơ cấp,',
      '    trung cấp                                người      30.000   60.000',
    ].join('\n');
    check(text, [
      { indicator: 'htx.hightech_rate', value: 5, deadline: 2025 },
      { indicator: 'htx.hightech_rate', value: 10, deadline: 2030 },
      { indicator: 'htx.manager_trained', value: 30000, deadline: 2025 },
      { indicator: 'htx.manager_trained', value: 60000, deadline: 2030 },
    ]);
  });

  it('a tab-separated table with years down the first column', () => {
    check('Năm\tSố HTX thành lập mới\tTỷ lệ HTX hoạt động hiệu quả (%)\n2024\t20\t60\n2025\t25\t65\n', [
      { indicator: 'htx.new', value: 20, deadline: 2024 },
      { indicator: 'htx.effective_rate', value: 60, deadline: 2024 },
      { indicator: 'htx.new', value: 25, deadline: 2025 },
      { indicator: 'htx.effective_rate', value: 65, deadline: 2025 },
    ]);
  });
});

// A line in capitals is a heading: its letters counted by code point, beyond the BMP too.
describe('lines in capitals', () => {
  const kinds = (line: string): string[] => structureText(`${line}\n\nPhấn đấu có 100 hợp tác xã.`).map((b) => b.kind);
  it.each([
    ['MỤC TIÊU PHÁT TRIỂN', 'heading'],
    ['Mục tiêu phát triển', 'paragraph'],
    ['𝐌𝐔𝐂 𝐓𝐈𝐄𝐔 2030', 'heading'],
    ['𝐌𝐮𝐜 𝐭𝐢𝐞𝐮 𝐜𝐡𝐮𝐧𝐠', 'paragraph'],
    ['\ud835MỤC TIÊU', 'heading'],
    ['ABC 𝐝𝐞𝐟', 'paragraph'],
  ])('%s is a %s', (line, kind) => {
    expect(kinds(line)[0]).toBe(kind);
  });
});
