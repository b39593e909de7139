/** The "Chỉ tiêu" sheet: targets as an editable Excel table (built as data here, rendered elsewhere). */
export { buildTargetsSheet } from "./build";
export { readTargetsSheet, type TargetsSheetRead } from "./read";
export { COLUMNS, HEADER_ROW, headerLabel } from "./layout";
export { readReportSettings, settingsWrites, withReportSettings, SETTING_KEYS, settingLabel, type SettingKey, type SettingWrite } from "./settings";
