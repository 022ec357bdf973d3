/** The shapes of the benchmark's results (bench/out/results.json). */
import type { ReadingPageResult, SearchResult } from './browser.ts';
import type { BuildResult, DistSize } from './build.ts';
import type { CorpusStats } from './corpus.ts';
import type { OpenccTiming } from './opencc-time.ts';

export interface Machine {
  cpuModel: string;
  cores: number;
  availableParallelism: number;
  /** /sys/fs/cgroup/cpu.max (quota and period), when the process is in a CPU-limited cgroup. */
  cgroupCpuMax: string | undefined;
  ramGb: number;
  loadAverageAtStart: number[];
  node: string;
  platform: string;
  astro: string | undefined;
  pagefind: string | undefined;
  gitCommit: string | undefined;
  /** Uncommitted files in the working tree when the benchmark ran (src/ is snapshotted at start). */
  gitUncommittedFiles: number | undefined;
}

/** One corpus: the real site or N synthetic documents, built both ways and measured. */
export interface Target {
  name: string;
  synthetic: boolean;
  documents: number;
  corpus: CorpusStats;
  contentDir: string;
  /** 1, 5 and 15 minute load averages when this corpus's builds started (other work on the machine). */
  loadAverage: number[];
  /** Every build of this corpus (the fastest of each kind is the one reported). */
  runs: { duizhao: { wallMs: number; cpuMs: number | undefined }[]; baseline: { wallMs: number; cpuMs: number | undefined }[] };
  duizhao: BuildResult & { dist: DistSize | undefined; largestPage: { path: string; bytes: number } | undefined };
  /**
   * --incremental: the same build again after one document changed, with the content layer's
   * cache of the cold build kept (no --force), against the cold build above.
   */
  incremental?: { changed: string; build: BuildResult } | undefined;
  opencc: OpenccTiming | undefined;
  baseline: BuildResult & { dist: DistSize | undefined };
  browser:
    | {
        reading: ReadingPageResult | undefined;
        baselineReading: ReadingPageResult | undefined;
        search: SearchResult | undefined;
        errors: string[];
      }
    | undefined;
}
