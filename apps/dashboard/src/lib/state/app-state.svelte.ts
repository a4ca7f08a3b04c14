import { openingYear, type OpeningYear } from '@fazhi/charts';
import { checkSchemeValue, JURISDICTION, UnitRegistry, type ColumnMap, type IndicatorEvidence, type InputFile, type Lang, type LoadProgress, type Scheme, type SchemeCheck, type UnitScore } from '@fazhi/core';
import type { EvidenceQuery } from '../evidence/evidence-query.ts';
import { isLang } from '../i18n/lang.ts';
import { withMapping } from '../load/column-map.ts';
import { mergeFiles } from '../load/file-conflicts.ts';
import { LoadCancelled, LoadClient } from '../load/load-client.ts';
import type { LoadResult } from '../load/load-protocol.ts';
import { sampleFiles } from '../load/sample-files.ts';
import { clearSavedSession, readSavedSession, writeSavedSession } from '../persist/saved-session.ts';
import { loadOpenCC } from '../script/opencc-on-demand.ts';
import { EXAMPLE_SCHEME } from '../scheme/example-scheme.ts';
import { scoreData } from '../scores/score-data.ts';
import { DEFAULT_URL_STATE, formatUrlState, type UrlState } from './url-state.ts';
import type { ViewId } from './view-id.ts';

/** One file's progress in the load under way. */
export interface FileProgress {
  name: string;
  /** Rows handled so far, and the file's rows (0 until known). */
  rows: number;
  rowsTotal: number;
  done: boolean;
}

/**
 * The dashboard's state, one instance for the page (`app`): what is shown
 * (view, filters, language — mirrored in the URL), the files loaded and
 * their results, the scheme being edited and the scores derived from it.
 * Components read its fields and call its methods; nothing else writes them.
 */
export class AppState {
  // What is shown; the URL mirrors these (see App.svelte).
  lang = $state<Lang>('zh-Hans');
  view = $state<ViewId>('overview');
  /** The unit of the department view. */
  department = $state<string | null>(null);
  /** The year filter; null = the opening year (see `opening`). */
  year = $state<number | null>(null);
  /** The unit filter; null = every unit. */
  unit = $state<string | null>(null);

  // The data.
  /** The files of the current data set, with any dataset or encoding the user forced. */
  sources = $state.raw<InputFile[]>([]);
  /**
   * Headers the analyst mapped to columns, by dataset (core's
   * `LoadOptions.columnMap`), as of the data shown: every load uses it, the
   * saved session keeps it, "clear all" forgets it.
   */
  columnMap = $state.raw<ColumnMap>({});
  /** True while the bundled sample is what is shown. */
  isSample = $state(true);
  /** The loaded data set and its indicators; null before the first load ends. */
  data = $state.raw<LoadResult | null>(null);
  /** Per file, the progress of the load under way; null when nothing is loading. */
  progress = $state.raw<FileProgress[] | null>(null);
  /** Why the last load failed (not a bad row — those are issues — but a failure of the load itself). */
  loadError = $state<string | null>(null);
  /** True when the browser refused to keep the files (private mode, storage full): they are gone after a reload. */
  saveFailed = $state(false);

  // The scheme.
  /** The scheme file's name and text as loaded (the example until the user loads one), and its content hash as loaded. */
  schemeSource = $state.raw<SchemeSource>(exampleSource());
  /** The scheme being edited: deep state, so that inputs can bind to its weights, points and targets. */
  scheme = $state<Scheme>(exampleScheme());

  /** The edited scheme, checked (as a value: no YAML parser needed): errors stop scoring and are shown in the scheme view. */
  readonly schemeCheck: SchemeCheck = $derived(checkSchemeValue($state.snapshot(this.scheme)));

  /** Years with indicator rows, ascending. */
  readonly years: number[] = $derived(this.data === null ? [] : [...new Set(this.data.rows.map((r) => r.year))].sort((a, b) => a - b));

  /** The opening year (the latest year whose data is complete enough to score: charts' openingYear) and the thinner years after it. */
  readonly opening: OpeningYear = $derived(this.data === null ? { year: null, thin: [] } : openingYear(this.data.rows));
  /** The year shown: the filter, or the opening year. */
  readonly shownYear: number | null = $derived(this.year !== null && this.years.includes(this.year) ? this.year : this.opening.year);

  /** Every unit with indicator rows (not the jurisdiction `*`), in code-point order. */
  readonly units: string[] = $derived(this.data === null ? [] : [...new Set(this.data.rows.map((r) => r.unit))].filter((u) => u !== JURISDICTION).sort());

  /** Every unit's score in every year (with change from the year before), or empty when the scheme has errors. */
  readonly scores: UnitScore[] = $derived(scoreData(this.data, this.schemeCheck));

  /** The units register of the data (units.csv names and aliases, either script), for links written with an alias. */
  readonly #registry: UnitRegistry = $derived(new UnitRegistry(this.data?.records.units ?? []));

  /**
   * A unit's name as the data spells it: an alias or the other script
   * (`劳保局`, `勞保局`) gives the registered name; a name the register does
   * not know is returned as written, null stays null.
   */
  canonicalUnit(name: string | null): string | null {
    if (name === null || name === JURISDICTION) return name;
    const resolved = this.#registry.resolve(name);
    return resolved.known ? resolved.name : name;
  }

  #client: LoadClient | null = null;
  /** The edited scheme's text as the scheme view last kept it (see keepSchemeEdits); null when not edited. */
  #editedScheme: { name: string; text: string } | null = null;
  /** Counts loads, so that a load superseded by a newer one leaves the newer one's progress alone. */
  #loads = 0;

  /**
   * The records behind one number of the data shown (file, row, case
   * number, what each adds), computed in the load worker where the records
   * are; rejects when the worker no longer holds them (a cancelled load).
   */
  recordsBehind(query: EvidenceQuery): Promise<IndicatorEvidence[]> {
    return this.#client === null ? Promise.reject(new Error('no data set loaded')) : this.#client.evidence(query);
  }

  /** Applies a state read from the URL. */
  applyUrl(state: UrlState): void {
    this.view = state.view;
    this.department = state.department;
    this.year = state.year;
    this.unit = state.unit;
    if (state.lang !== null) this.lang = state.lang;
  }

  /** The state to write to the URL. */
  urlState(): UrlState {
    return { ...DEFAULT_URL_STATE, view: this.view, department: this.department, year: this.year, unit: this.unit, lang: this.lang };
  }

  /** Shows a view (and for `department`, which unit). */
  show(view: ViewId, department: string | null = null): void {
    this.view = view;
    this.department = view === 'department' ? department : null;
  }

  /**
   * The link to a view (and for `department`, which unit) that keeps the
   * year, unit and language shown: the one way components build links.
   */
  href(view: ViewId, department: string | null = null): string {
    return formatUrlState({ ...this.urlState(), view, department: view === 'department' ? department : null });
  }

  /** Shows the figures of a year; null: the opening year. */
  setYear(year: number | null): void {
    this.year = year;
  }

  /** Shows one unit's figures; null: the jurisdiction's. */
  setUnit(unit: string | null): void {
    this.unit = unit;
  }

  /** Speaks a language; anything else than zh-Hant, zh-Hans or en is ignored. */
  setLang(lang: string): void {
    if (isLang(lang)) this.lang = lang;
  }

  /** First load of the page: the session saved in this browser, else the bundled sample. */
  async start(): Promise<void> {
    const saved = await readSavedSession();
    // A scheme loaded or edited over the sample is saved without files: restore it either way, without saving again.
    if (saved?.scheme != null) {
      const { checkScheme } = await import('../scheme/scheme-text-check.ts');
      const check = checkScheme(saved.scheme.text, { fileName: saved.scheme.name });
      if (check.ok) {
        this.schemeSource = { ...saved.scheme, hash: check.stamp.hash };
        this.scheme = check.scheme;
      }
    }
    if (saved?.columnMap !== undefined) this.columnMap = saved.columnMap;
    if (saved !== null && saved.files.length > 0) {
      await this.#load(saved.files, false);
    } else {
      await this.loadSample();
    }
  }

  /** Shows the bundled sample (2018–2019 records of the Suzhou Industrial Park). */
  async loadSample(): Promise<void> {
    this.loadError = null;
    // The worker, its dictionary and the page's dictionaries load while the sample's files are fetched (#load awaits
    // the dictionaries again and reports their failure).
    (this.#client ??= new LoadClient()).start();
    loadOpenCC().catch(() => {});
    try {
      await this.#load(await sampleFiles(), true);
    } catch (error) {
      this.loadError = error instanceof Error ? error.message : String(error);
    }
  }

  /**
   * Adds the user's files to those loaded (the sample is dropped whole). A
   * file named like a loaded one replaces it (`replace`, the default) or is
   * loaded beside it under a numbered name (`add-both`), see `mergeFiles`.
   */
  async addFiles(files: readonly InputFile[], choice: 'replace' | 'add-both' = 'replace'): Promise<void> {
    await this.#load(this.isSample ? [...files] : mergeFiles(this.sources, files, choice).files, false);
  }

  /** Removes one file and reloads the others; removing the last of one's own files goes back to the sample. */
  async removeFile(name: string): Promise<void> {
    const rest = this.sources.filter((s) => s.name !== name);
    // With the last own file gone there is nothing to show but the sample: forget the stored session too.
    if (rest.length === 0 && !this.isSample) {
      await this.clearAll();
      return;
    }
    await this.#load(rest, this.isSample);
  }

  /** Forces a file's dataset or encoding (or, with undefined, lets fazhi recognise it again) and reloads. */
  async overrideFile(name: string, override: { dataset?: InputFile['dataset'] | undefined; encoding?: InputFile['encoding'] | undefined }): Promise<void> {
    const sources = this.sources.map((s) => {
      if (s.name !== name) return s;
      const next: InputFile = { name: s.name, bytes: s.bytes };
      const dataset = 'dataset' in override ? override.dataset : s.dataset;
      const encoding = 'encoding' in override ? override.encoding : s.encoding;
      if (dataset !== undefined) next.dataset = dataset;
      if (encoding !== undefined) next.encoding = encoding;
      return next;
    });
    await this.#load(sources, this.isSample);
  }

  /**
   * Reads a header of a dataset's files as a column (or, with null, leaves it
   * unread again) and reloads; the map changes only once the load succeeds.
   */
  async mapColumn(dataset: string, header: string, column: string | null): Promise<void> {
    await this.#load(this.sources, this.isSample, withMapping(this.columnMap, dataset, header, column));
  }

  /** Stops the load under way; the data shown before it stays. */
  cancelLoad(): void {
    this.#client?.cancel();
  }

  /** Uses a scheme file's text (the YAML parser is loaded on first use); returns the check (errors keep the current scheme). */
  async useScheme(name: string, text: string): Promise<SchemeCheck> {
    const { checkScheme } = await import('../scheme/scheme-text-check.ts');
    const check = checkScheme(text, { fileName: name });
    if (check.ok) {
      this.#editedScheme = null;
      this.schemeSource = { name, text, hash: check.stamp.hash };
      this.scheme = check.scheme;
      void this.#save();
    }
    return check;
  }

  /** Back to the example scheme, edits dropped. */
  resetScheme(): void {
    this.#editedScheme = null;
    this.schemeSource = exampleSource();
    this.scheme = exampleScheme();
    void this.#save();
  }

  /**
   * Keeps the edited scheme (its file name and text, as the scheme view
   * serialises it after a valid edit) so that the edits survive a reload;
   * null when there are no edits left. Saved with the files, or alone while
   * the sample is shown.
   */
  keepSchemeEdits(edited: { name: string; text: string } | null): void {
    this.#editedScheme = edited;
    void this.#save();
  }

  /** Deletes everything stored in this browser and shows the sample again. */
  async clearAll(): Promise<void> {
    this.cancelLoad();
    await clearSavedSession();
    this.#editedScheme = null;
    this.schemeSource = exampleSource();
    this.scheme = exampleScheme();
    this.columnMap = {};
    this.year = null;
    this.unit = null;
    this.department = null;
    await this.loadSample();
  }

  async #load(files: InputFile[], isSample: boolean, columnMap: ColumnMap = this.columnMap): Promise<void> {
    this.#client ??= new LoadClient();
    const load = ++this.#loads;
    this.loadError = null;
    this.progress = files.map((f) => ({ name: f.name, rows: 0, rowsTotal: 0, done: false }));
    try {
      const onProgress = (p: LoadProgress) => {
        if (load !== this.#loads) return;
        this.progress = (this.progress ?? []).map((f) => (f.name === p.file ? { ...f, rows: p.rows, rowsTotal: p.rowsTotal, done: f.done || p.rows === p.rowsTotal } : f));
      };
      // The Traditional ⇄ Simplified dictionaries load meanwhile: names are converted from the first data shown on.
      const [result] = await Promise.all([this.#client.load(files, onProgress, { columnMap }), loadOpenCC()]);
      this.sources = files;
      this.columnMap = columnMap;
      this.isSample = isSample;
      this.data = result;
      this.progress = null;
      if (!isSample) await this.#save();
    } catch (error) {
      if (load !== this.#loads) return;
      this.progress = null;
      if (error instanceof LoadCancelled) return;
      this.loadError = error instanceof Error ? error.message : String(error);
    }
  }

  async #save(): Promise<void> {
    const source = this.schemeSource;
    const scheme = this.#editedScheme ?? (source.name === EXAMPLE_SCHEME.name && source.text === EXAMPLE_SCHEME.text ? null : { name: source.name, text: source.text });
    // The sample's files are not stored (they are bundled), but the scheme used with them is.
    this.saveFailed = !(await writeSavedSession({ files: this.isSample ? [] : this.sources, scheme, columnMap: this.columnMap }));
  }
}

/** A scheme file as loaded: its name and text, and the content hash of the scheme it holds (to tell an edited scheme). */
export interface SchemeSource {
  name: string;
  text: string;
  hash: string;
}

/** A fresh copy of the example scheme, checked (its value comes parsed at build time). */
function exampleScheme(): Scheme {
  const check = checkSchemeValue(structuredClone(EXAMPLE_SCHEME.value));
  if (!check.ok) throw new Error(`${EXAMPLE_SCHEME.name}: ${check.errors[0]?.message.en ?? 'invalid scheme'}`);
  return check.scheme;
}

function exampleSource(): SchemeSource {
  const check = checkSchemeValue(EXAMPLE_SCHEME.value);
  return { name: EXAMPLE_SCHEME.name, text: EXAMPLE_SCHEME.text, hash: check.ok ? check.stamp.hash : '' };
}

/** The page's one state. */
export const app = new AppState();
