/**
 * The search query set: each query and the clause (document slug#segment) that must be among
 * its first three clause results. Chinese words and phrases of 2–8 characters, traditional
 * forms, English words of the translation, glossary renderings, names, numbers, mixed queries.
 */
const MCA = 'mca-social-organisations-poverty-alleviation-symposium';
const SEVEN = 'seven-departments-graduates-community-jobs';

export const QUERIES: [query: string, clause: string][] = [
  // Simplified Chinese
  ['创业担保贷款', `${SEVEN}#m1`],
  ['社会工作站', `${SEVEN}#m4`],
  ['乡镇社会工作站', `${SEVEN}#m4`],
  ['八项', `${SEVEN}#p3`],
  ['升级版', `${MCA}#p1`],
  ['王爱文强调', `${MCA}#p2`],
  ['莲花和遂川两县', `${MCA}#p4`],
  ['农超对接', `${MCA}#p3-2`],
  ['决策咨询', `${MCA}#p3-3`],
  ['合作社', `${MCA}#p3-4`],
  ['常态化', `${MCA}#p4`],
  ['中国扶贫基金会', `${MCA}#p5`],
  ['光彩事业', `${MCA}#p5`],
  ['小康社会', `${MCA}#p2`],
  ['择业期', `${SEVEN}#m2`],
  ['基层群众性自治组织', `${SEVEN}#m2`],
  ['新冠肺炎', `${SEVEN}#m3`],
  ['调解仲裁', `${SEVEN}#m3`],
  ['养人', `${SEVEN}#m4`],
  ['互联网', `${SEVEN}#m5`],
  ['官网官微', `${SEVEN}#m5`],
  ['理想信念', `${SEVEN}#m6`],
  ['落户', `${SEVEN}#m7`],
  ['重中之重', `${SEVEN}#m8`],
  ['文明村镇', `${SEVEN}#m8`],
  ['下基层', `${SEVEN}#caption`],
  ['吸纳就业补贴', `${SEVEN}#m1`],
  // Traditional Chinese
  ['創業擔保貸款', `${SEVEN}#m1`],
  ['鄉鎮社會工作站', `${SEVEN}#m4`],
  ['決戰決勝脫貧攻堅', `${MCA}#p1`],
  ['農超對接', `${MCA}#p3-2`],
  ['擇業期', `${SEVEN}#m2`],
  ['銀行間市場', `${MCA}#p5`],
  // English, glossary renderings, names, numbers, mixed
  ['social work stations', `${SEVEN}#m4`],
  ['business start-up guaranteed loans', `${SEVEN}#m1`],
  ['job-selection period', `${SEVEN}#m2`],
  ['Internet Plus', `${SEVEN}#m5`],
  ['farm-to-supermarket', `${MCA}#p3-2`],
  ['mass organizations of self-government at the grassroots level', `${SEVEN}#m2`],
  ['traineeship subsidies', `${SEVEN}#m1`],
  ['Xu Jun', `${SEVEN}#caption`],
  ['Asset Management Association of China', `${MCA}#p5`],
  ['Wang Aiwen stressed', `${MCA}#p2`],
  ['7月1日', `${MCA}#p1`],
  ['6家', `${MCA}#p5`],
  ['乡镇社会工作站 township', `${SEVEN}#m4`],
  ['COVID-19 社区防控', `${SEVEN}#m3`],
];
