// English UI text of the report forms: making them on the Plan view, and the refusals of a returned form on import.
// The same keys as the Vietnamese source in ../report-forms.ts (a chunk of its own: a page in Vietnamese never loads it).
import type { reportFormsVi } from '../report-forms.ts';

export const reportFormsEn: { readonly [K in keyof typeof reportFormsVi]: string } = {
  'reportForms.cycle': 'Periodic reports from the units',
  'received.title': '{reported}/{total} units have reported for {period}',
  'received.due': 'Due {date}. A unit whose earliest report date in its form is after it is marked late.',
  'received.receive': 'Receive reports',
  'received.receiveHint':
    'or drop the filled forms (.xlsx) here: they are loaded and kept as on the Data page.',
  'received.importing': 'Loading {count} file(s)…',
  'received.imported': '{count} file(s) loaded.',
  'received.refused': 'Nothing was loaded; the data in use is unchanged.',
  'received.allOrNothing':
    'Load only if every form is valid (otherwise a form with problems is set aside and the others are loaded)',
  'received.refusedAll':
    'No form was loaded because one has problems (you chose to load only if every form is valid).',
  'received.column.unit': 'Unit',
  'received.column.reported': 'Tasks reported',
  'received.column.tasks': 'Tasks',
  'received.column.date': 'Report date',
  'received.column.state': 'Status',
  'received.reportedOf': '{reported}/{tasks}',
  'received.state.on_time': 'Reported',
  'received.state.late': 'Late',
  'received.state.missing': 'Not reported',
  'received.tableLabel': 'Units and their reports, {period}',
  'received.scrollHint':
    'The table is wider than the screen: swipe sideways or use the arrow keys to see the columns.',
  'received.missing': 'Not reported ({count}): {units}',
  'received.late': 'Reported after the due date ({count}): {units}',
  'received.unreportedTasks': 'Tasks no unit has reported on ({count}): {tasks}',
  'received.noneListed': 'none',
  'received.csv': 'Download the units table (.csv)',
  'received.noUnits': 'No units for this period yet: list them under Make report forms.',
  'received.loading': 'Counting the reports received…',
  'reportForms.open': 'Make report forms',
  'reportForms.title': 'Report forms for the units',
  'reportForms.intro':
    'Each unit gets an Excel file listing its tasks, fills in status, percent and results and sends it back; load the filled files with Receive reports above or on the Data page.',
  'reportForms.period': 'Reporting period',
  'reportForms.dueDate': 'Due date',
  'reportForms.units.district': 'District-level units (one per line)',
  'reportForms.units.commune': 'Commune-level units (one per line)',
  'reportForms.units.department': 'Departments and agencies (one per line)',
  'reportForms.layout': 'Packaging',
  'reportForms.layout.file-per-unit': 'One .xlsx file per unit',
  'reportForms.layout.sheet-per-unit': 'One .xlsx file, a sheet per unit',
  'reportForms.count': '{count} forms, {rows} task rows',
  'reportForms.make': 'Download the forms (.zip)',
  'reportForms.making': 'Making the forms…',
  'reportForms.made': '{count} forms made.',
  'reportForms.failed': 'The forms could not be made: {error}',
  'reportForms.unitsNotKept': 'The unit lists could not be kept in this browser.',
  'import.problem.formUnknownPlan': 'A form of plan “{found}”, which is not loaded (none of its tasks are).',
  'import.problem.formTaskChanged':
    'The task ID was changed: “{found}”; the form sent out said “{expected}”.',
  'import.problem.formRowAdded':
    'A row added to the form (“{found}”); fill in only the task rows it came with.',
  'import.problem.dateInFuture': 'Report date “{found}” is in the future.',
  'import.forms.applied': 'Form loaded: {unit}, {period} ({file}).',
  'import.forms.refused': 'Form not loaded: {unit}, {period} ({file}); the other forms were loaded.',
};
