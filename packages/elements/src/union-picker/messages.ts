import type { Catalogue } from '../internal/localize.js';

/** The picker's texts; the `必填` of a required label is shared with the inputs. */
export interface UnionPickerMessages {
  placeholder: string;
  /** The validation message of an empty required picker. */
  valueMissing: string;
  toggle: string;
  clear: string;
  listLabel: (parent: string | undefined) => string;
  searchLabel: string;
  back: (to: string | undefined) => string;
  top: string;
  chooseThis: (name: string) => string;
  lowerLevels: (count: number) => string;
  results: (count: number) => string;
  tooMany: (shown: number) => string;
  noMatch: string;
  noUnions: string;
  level: (name: string, count: number) => string;
  selected: (name: string) => string;
  path: string;
  current: string;
  keyboardHint: string;
}

export const unionPickerMessages: Catalogue<UnionPickerMessages> = {
  'zh-CN': {
    placeholder: '搜索或选择工会',
    valueMissing: '请选择所属工会',
    toggle: '展开工会列表',
    clear: '清除所选工会',
    listLabel: (parent) => (parent ? `${parent}的下级工会` : '工会'),
    searchLabel: '搜索结果',
    back: (to) => (to ? `返回上级：${to}` : '返回上级'),
    top: '全部工会',
    chooseThis: (name) => `选择本级：${name}`,
    lowerLevels: (count) => `${count} 个下级`,
    results: (count) => `找到 ${count} 个工会`,
    tooMany: (shown) => `仅显示前 ${shown} 个，请输入更多关键词`,
    noMatch: '没有匹配的工会',
    noUnions: '暂无可选的工会',
    level: (name, count) => `${name}：${count} 个下级工会`,
    selected: (name) => `已选择 ${name}`,
    path: '所属层级',
    current: '当前所选',
    keyboardHint: '上下方向键选择，右方向键进入下级，左方向键返回上级，回车键确认',
  },
};
