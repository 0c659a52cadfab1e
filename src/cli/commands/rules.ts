import type { Command } from 'commander';
import type { Io } from '../io.js';

export function registerRules(program: Command, io: Io, _setExit: (code: number) => void): void {
  program
    .command('rules')
    .description('list the indicators the extractor knows, with their cue words')
    .option('--rules <file>', 'add or override indicators from a YAML/JSON rules file')
    .option('-f, --format <format>', 'text, yaml or json', 'text')
    .addHelpText('after', '\nA rules file has the shape of the built-in one (`htx-targets rules --format yaml`):\n  indicators:\n    - key: htx.women_led\n      label: HTX do phụ nữ làm giám đốc\n      subject: htx\n      unit: count\n      measure: count\n      of: [htx]\n      cues: [[phụ nữ làm giám đốc, nữ giám đốc]]')
    .action(async (opts: { rules?: string; format: string }) => {
      const [{ loadRuleSet }, { toYaml }] = await Promise.all([import('../rules-file.js'), import('../../output/yaml.js')]);
      const set = await loadRuleSet(opts.rules, io.cwd);
      const list = set.rules.map((r) => r.rule);
      if (opts.format === 'json') io.stdout.write(`${JSON.stringify({ indicators: list }, null, 2)}\n`);
      else if (opts.format === 'yaml') io.stdout.write(toYaml({ indicators: list }));
      else {
        for (const r of list) {
          const cues = r.cues.map((g) => g.join(' | ')).join('  +  ') || '(the noun alone)';
          io.stdout.write(`${r.key.padEnd(28)} ${r.unit.padEnd(16)} ${r.label}\n${' '.repeat(29)}cues: ${cues}\n`);
        }
      }
    });
}
