// What the shell hands every view: the resolved selection and the view's own URL parameters.
import type { ViewParams } from '../state/url-state.ts';

export interface ViewProps {
  provinceCode: string;
  /** The resolved year; null while the province's scored years are loading (or if it has none). */
  year: number | null;
  provinceName: string;
  /** This view's own URL parameters (raw; the view validates them). */
  viewParams: ViewParams;
  /** Writes the view's parameters to the URL: 'push' for a new view of the data, 'replace' for a refinement. */
  setViewParams: (params: ViewParams, mode: 'push' | 'replace') => void;
  onSelectYear: (year: number) => void;
  /** Chooses another province for the whole app (a new history entry). */
  onSelectProvince: (code: string) => void;
}
