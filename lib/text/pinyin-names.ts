/**
 * Toneless Hanyu Pinyin for the Han characters met in personal names.
 *
 * Covers the characters of the Xinhua foreign-name transliteration set, the
 * common surnames and given-name characters, and the ~3,700 commonest
 * characters (GB 2312 level 1), plus traditional forms: about 5,500 in all.
 * Readings were written per syllable and checked one by one against ICU's
 * Han-Latin transliterator; where a character has several readings the table
 * gives the one used in names (乐 yue, 曾 zeng, 单 shan, 解 xie, 仇 qiu, 朴 piao)
 * and ALT lists the others so that a comparison can try them.
 *
 * Stored as compact strings decoded once at import: a syllable followed by its
 * characters ("v" stands for ü), so the file stays small for the extension.
 */

const TABLE = `
a阿啊 ai爱艾哀埃挨癌矮碍蔼隘嫒瑷愛礙藹靄哎唉皑嬡璦皚 an安按暗岸案俺鞍庵氨谙桉胺諳 ang昂肮盎骯 ao奥澳傲熬袄凹敖翱遨嗷坳奧襖懊
ba八巴把爸吧拔霸罢坝扒叭芭疤捌跋靶罷壩笆耙 bai白百摆败拜柏佰擺敗稗 ban办半般班板版伴搬扮拌斑颁瓣绊坂阪辦頒絆扳 bang邦帮棒膀傍绑榜磅蚌梆幫綁镑谤鎊謗
bao包保报宝抱暴爆饱胞豹鲍堡雹褒苞葆煲報寶飽鮑 bei北被备背倍杯悲贝辈碑卑狈惫焙蓓呗備貝輩钡狽憊唄鋇 ben本奔笨苯贲賁犇 beng崩绷蹦泵甭繃迸
bi比必笔币彼避壁闭鼻毕碧臂逼弊蔽毙庇痹璧弼陛毖筆幣畢閉斃鄙蓖敝 bian边变便编遍辩辨鞭贬扁卞汴邊變編辯貶辫辮 biao表标彪膘镖飚骠標錶鏢飈驃 bie别憋鳖彆瘪別鱉癟
bin宾滨彬斌濒殡鬓缤賓濱瀕繽摈殯鬢擯 bing并病兵冰饼丙柄秉炳禀併並餅稟 bo波伯博播拨勃薄搏剥玻钵驳泊脖帛铂舶亳渤卜跛撥駁鉑菠箔膊剝鉢 bu不步部布补捕簿埠哺怖補佈
ca擦 cai才采菜财材彩蔡裁猜踩睬財綵採 can参残蚕惨灿餐璨殘參慘燦蠶惭慚 cang仓苍藏舱沧倉蒼滄艙 cao草操曹槽糙漕 ce策测侧厕册測側廁冊 cen岑 ceng层蹭層
cha茶差插察叉岔诧刹搽查茬碴詫剎 chai柴拆豺 chan产缠蝉馋禅颤铲阐搀潺婵蟾產纏蟬饞禪顫鏟闡嬋掺谗攙摻讒 chang常场厂唱肠昌尝偿畅倡敞猖菖嫦长場廠腸嘗償暢長昶
chao超潮吵抄炒巢钞晁朝鈔嘲 che车彻撤扯澈掣車徹 chen陈沉晨尘臣趁衬辰忱谌琛郴宸陳塵襯諶 cheng成城程称承乘诚呈惩澄撑橙秤逞骋丞晟誠稱懲撐騁铖鋮
chi吃持迟池尺赤齿翅耻斥驰痴弛炽匙遲齒恥馳熾侈篪 chong冲充崇虫宠衝蟲寵翀 chou抽愁丑臭酬筹稠绸瞅醜籌綢畴踌疇躊 chu出处初除础楚储触厨畜锄雏橱矗褚處礎儲觸廚櫥躇滁搐鋤雛 chuai揣踹
chuan川传船穿串喘椽傳 chuang窗床创闯疮創闖瘡 chui吹垂锤炊捶錘 chun春纯唇醇淳蠢椿純 chuo戳绰綽 ci次此词辞刺磁慈雌瓷赐祠茨詞辭賜疵 cong从聪葱丛匆琮淙從聰蔥叢囱囪
cou凑湊 cu粗促醋簇猝 cuan窜篡蹿竄躥 cui催崔脆翠摧粹萃璀瘁淬 cun村存寸 cuo错措挫搓磋錯撮
da大达打答搭妲達瘩 dai代带待戴袋贷逮呆歹怠殆黛岱帶貸傣 dan但担蛋丹胆淡旦诞弹耽掸擔膽誕彈郸氮惮撣鄲憚 dang当党档荡挡當黨檔蕩擋 dao到道导刀岛倒盗稻蹈悼祷導島盜禱捣搗 de的得德
deng等灯登邓瞪凳蹬燈鄧 di地第低敌底帝弟滴递抵堤迪蒂狄笛涤缔嫡邸敵遞締滌 dian点电店典殿垫淀颠甸奠靛佃點電墊顛掂滇碘惦澱 diao掉钓吊雕刁貂碉凋釣鵰叼调調 die跌爹叠蝶谍碟迭疊諜
ding定顶丁订钉鼎盯叮锭頂訂釘錠 diu丢丟 dong东动冬懂洞栋董冻東動凍棟侗恫 dou斗豆抖陡逗兜窦竇鬥痘 du度读独毒肚杜督渡堵赌妒镀笃都讀獨賭篤鍍犊睹犢 duan段短断端锻缎斷鍛緞
dui对队堆兑對隊兌 dun吨顿蹲敦盾墩钝遁噸頓鈍 duo多夺朵躲堕舵惰剁铎奪墮鐸掇哆垛跺
e俄额饿恶鹅娥蛾峨厄扼鄂愕遏噩額餓惡鵝讹訛 en恩 er二儿而耳尔饵洱贰兒爾餌貳
fa发法罚乏伐阀筏發髮罰閥珐琺 fan反饭犯范凡翻番泛繁烦返贩帆樊藩梵範飯煩販矾钒礬釩 fang方放房防访仿芳纺妨坊舫訪紡肪 fei非飞费肥废菲肺匪沸妃诽翡啡斐霏飛費廢誹吠
fen分份粉奋愤纷坟芬焚粪汾吩氛奮憤紛墳糞酚忿 feng风封丰峰锋蜂疯逢缝奉凤冯枫讽烽沣風豐鋒瘋縫鳳馮楓諷灃 fo佛 fou否
fu夫府服福父付负妇复富副附幅扶浮伏符腹肤赴傅抚辅腐覆弗拂芙甫俯斧脯孵敷辐袱阜馥涪婦負複復膚撫輔輻氟俘釜腑赋讣缚咐賦訃縛
ga噶嘎尬 gai该改盖概钙溉丐該蓋鈣 gan干感敢赶甘杆肝赣竿柑尴幹趕贛尷秆桿稈 gang刚钢港岗纲缸杠冈剛鋼綱崗岡肛槓 gao高告搞稿糕膏皋镐郜篙羔鎬
ge个各歌格哥革割隔阁戈鸽搁葛胳個閣鴿擱疙铬鉻 gei给給 gen根跟亘亙 geng更耕耿庚羹埂梗 gong工公共功攻宫供恭贡巩拱躬龚宮貢鞏龔弓汞 gou够构沟狗购勾钩苟垢夠構溝購鉤鈎
gu古故顾固谷骨鼓股孤姑雇估辜菇箍沽顧穀僱咕蛊蠱 gua瓜挂刮寡卦褂掛剐剮 guai怪乖拐 guan关观管官馆惯冠贯灌罐棺關觀館慣貫 guang光广逛廣
gui归规贵鬼桂跪柜轨龟瑰闺硅诡圭歸規貴櫃軌龜閨詭癸刽劊 gun滚棍衮滾辊袞輥 guo国过果锅郭裹國過鍋
ha哈蛤 hai海害孩亥骇氦駭还骸還 han汉含寒汗韩喊旱函涵罕憾撼翰焊邯晗瀚漢韓酣憨捍悍菡 hang航杭夯 hao好号毫豪耗浩郝皓昊壕嚎號灏颢濠灝顥 he和何河合喝核荷贺盒赫鹤禾阂褐賀鶴嚇呵菏貉涸閡
hei黑嘿 hen很恨痕狠 heng恒横衡亨哼珩恆橫 hong红洪宏鸿虹哄弘轰烘泓紅鴻轟 hou后候厚侯猴喉吼後 hu湖户呼虎护互忽胡壶糊弧狐沪葫蝴乎扈戶護壺滬鬍瑚唬
hua化话花华划画滑哗猾話華劃畫嘩骅桦驊樺 huai怀坏淮槐徊懷壞 huan换环欢缓患幻唤焕桓宦寰歡換環緩喚煥痪豢涣瘓渙 huang黄皇荒慌晃谎煌凰惶恍簧黃謊磺蝗幌
hui会回灰汇挥辉慧徽惠毁悔恢绘讳晖卉蕙會匯揮輝毀繪諱暉蛔晦贿秽烩诲荟賄穢燴誨薈 hun婚混魂浑昏荤渾葷 huo活火或货获伙霍祸惑豁貨獲禍夥
ji机几及级即极技际基记济集急计吉纪击鸡积激季寄继迹既剂籍肌饥疾辑忌脊棘挤姬冀嵇稷畿箕讥矶稽寂骥玑機幾級極際記濟計紀擊雞積繼跡劑饑輯擠驥譏磯璣圾畸绩缉汲嫉己蓟伎祭悸妓飢績緝薊
jia家加价架假嘉佳甲夹贾稼驾嫁枷迦伽郏價夾賈駕荚颊钾郟莢頰鉀
jian间建见件简坚检剑健监减渐箭鉴舰践尖肩艰兼煎俭荐剪键溅柬茧間見簡堅檢劍監減漸鑑鑒艦踐艱儉薦鍵濺繭歼笺奸缄碱硷拣捡槛贱饯涧殲箋緘鹼礆揀撿檻賤餞澗 jiang将江讲降奖姜蒋疆浆酱僵匠將講獎蔣漿醬桨槳
jiao教交较角叫脚焦胶椒骄浇郊狡绞饺搅缴娇侥矫轿蛟膠驕澆較腳攪繳嬌矯轎餃蕉礁嚼铰剿酵窖姣絞僥鉸 jie接节界结街介姐阶届借杰洁戒揭截劫捷皆竭秸诫婕節結階屆傑潔誡桔睫藉芥疥
jin进金今近尽仅紧禁津锦劲晋斤筋谨浸巾襟瑾靳進盡僅緊錦勁晉謹烬槿燼 jing经京精境警井静竟景敬镜径晶惊竞净荆鲸颈靖菁婧璟經靜鏡徑驚競淨荊頸鯨兢茎睛粳痉靓莖痙靚 jiong炯窘迥
jiu就九久酒旧救纠究舅揪灸玖咎臼鸠舊糾鳩韭厩疚廄 ju局举具据居剧句巨拒聚距俱菊鞠拘矩炬锯惧橘驹舉據劇鋸懼駒狙疽咀沮踞 juan卷捐娟倦绢眷鹃隽捲絹鵑雋 jue决觉绝掘爵诀倔厥攫珏決覺絕訣撅抉
jun军均君俊菌峻郡骏竣钧珺軍駿鈞浚
ka卡咖喀咯 kai开凯慨楷揩開凱铠锴鎧鍇 kan看刊砍堪勘坎侃龛阚闞龕 kang康抗扛炕慷糠亢 kao考靠烤拷 ke可科克客课刻颗渴壳柯棵磕苛轲珂咳恪課顆殼軻坷 ken肯恳啃垦懇墾 keng坑铿鏗吭
kong空控孔恐 kou口扣寇叩抠摳 ku苦库哭酷裤枯窟庫褲 kua夸跨垮挎誇胯 kuai快块筷蒯塊侩儈 kuan宽款寬 kuang况矿狂框旷匡眶邝況礦曠鄺筐 kui亏愧奎魁葵溃窥馈盔傀虧潰饋窺岿巋
kun困昆坤捆鲲琨崑鯤堃锟錕 kuo扩括阔廓擴闊
la拉啦蜡辣腊喇垃蠟臘 lai来莱赖籁來萊賴籟 lan兰蓝栏拦烂览懒篮澜岚滥缆揽阑蘭藍欄攔爛覽懶籃瀾嵐濫纜攬婪谰闌讕 lang浪朗郎狼廊琅榔螂 lao老劳牢捞涝姥烙酪勞撈澇佬 le了勒肋
lei类雷累泪蕾擂垒磊儡類淚壘镭鐳 leng冷棱愣楞稜 li里理力利立李历离例礼丽励粒厘梨犁黎篱狸漓璃莉隶吏荔栗沥砺俐厉郦裡裏歷離禮麗勵籬厲鲤砾傈痢哩釐灕隸瀝礪酈鯉礫 lia俩倆
lian连联练脸恋莲廉炼怜链帘涟連聯練臉戀蓮煉憐鏈簾镰敛漣鐮斂 liang两量良亮梁凉粮谅辆粱晾兩涼糧諒輛 liao料疗聊廖辽僚寥撩潦療遼燎撂镣鐐 lie列烈猎裂劣冽獵
lin林临邻淋琳磷鳞霖麟凛吝赁蔺臨鄰鱗藺拎凜賃 ling领令另灵零龄铃凌玲陵岭羚菱翎領靈齡鈴嶺伶 liu六流留刘柳硫溜瘤榴浏劉瀏琉馏餾 long龙隆笼聋拢垄陇珑龍籠聾攏隴瓏咙窿壟嚨
lou楼漏搂陋娄樓婁篓摟簍 lu路陆录露鲁炉卢鹿卤庐芦虏掳碌禄麓璐逯陸錄魯爐盧廬蘆祿虜颅赂潞戮鹵擄顱賂 luan乱卵峦滦栾亂巒欒挛孪灤攣孿 lun论轮伦仑沦抡論輪倫侖淪纶掄綸
luo罗落络洛骆螺逻萝锣箩裸骡羅絡駱邏蘿鑼珞籮騾 lv吕律旅绿率虑屡履铝侣驴呂綠慮屢鋁侶驢缕氯滤縷濾 lve略掠
ma马吗妈码麻骂玛蚂嘛馬嗎媽碼罵瑪螞 mai买卖麦迈埋脉買賣麥邁脈 man满慢漫曼蛮瞒馒蔓滿蠻瞞饅谩謾 mang忙芒盲茫莽氓 mao毛猫冒帽贸茂矛卯貌茅锚貿錨铆貓鉚 me么麼
mei没每美妹梅煤媒眉霉枚玫媚沒黴酶镁昧寐鎂 men门们闷門們悶 meng梦蒙猛盟孟萌檬朦夢锰錳 mi米密迷蜜弥谜觅眯咪泌彌謎覓醚靡糜秘幂冪 mian面免棉眠勉绵冕缅麵綿緬娩
miao妙秒苗描庙渺瞄缪廟繆藐淼 mie灭蔑滅 min民敏闽皿悯岷旻闵閩憫閔抿 ming明名命鸣铭冥茗鳴銘螟洺 miu谬謬 mo末莫墨默摸模磨膜魔摩漠抹沫陌蘑寞谟謨摹 mou某谋牟眸謀
mu目木母亩幕墓牧慕暮穆姆拇沐睦募畝牡
na那拿纳哪娜呐捺納钠吶鈉 nai奶乃耐奈氖 nan南男难楠喃難 nang囊 nao脑闹恼挠瑙腦鬧惱撓淖 ne呢 nei内馁內餒 nen嫩 neng能 ni你泥尼拟逆腻倪霓妮匿昵擬膩溺暱
nian年念粘碾捻黏蔫拈撵攆 niang娘酿釀 niao鸟尿袅鳥嫋裊 nie捏聂涅孽镍啮聶鎳镊嚙鑷 nin您 ning宁凝拧柠泞寧擰檸濘狞獰 niu牛纽扭钮妞紐鈕 nong农浓弄脓農濃膿 nu努怒奴
nuan暖 nuo诺挪懦糯諾 nv女 nve虐疟瘧
o哦 ou欧偶殴鸥藕呕歐鷗毆嘔沤区區漚
pa怕爬帕趴琶啪 pai排派牌拍徘湃 pan判盘盼攀畔潘叛磐盤 pang旁胖庞彷乓龐耪徬 pao跑炮泡抛袍刨咆拋 pei配培陪佩赔裴沛胚賠呸 pen盆喷噴 peng朋碰鹏彭棚蓬膨篷捧烹澎鵬砰抨硼芃
pi皮批披疲脾匹劈僻屁譬啤琵毗丕辟坯砒霹痞 pian片偏篇骗翩騙 piao票漂飘瓢嫖朴飄樸 pie撇瞥 pin品贫拼频聘嫔頻貧嬪 ping平评瓶凭屏萍坪苹乒評憑蘋 po破迫坡婆泼颇魄珀粕潑頗 pou剖
pu普铺扑谱浦蒲葡仆圃埔瀑溥濮璞舖撲譜僕莆菩曝鋪
qi起其期气七企器汽奇齐旗骑启妻棋弃漆欺歧祈乞岂戚泣祁琪琦淇崎畦栖契亓齊氣騎啟棄豈凄柒沏脐砌迄讫岐骐啓棲淒臍訖騏 qia恰洽掐
qian前千钱签潜迁欠浅谦牵铅遣谴嵌虔倩黔钳骞茜乾錢簽潛遷淺謙牽鉛譴鉗騫扦钎仟堑歉釺塹 qiang强枪墙抢腔羌蔷強槍牆搶薔呛嗆 qiao桥巧敲瞧乔侨悄翘俏窍峭橋喬僑翹竅橇锹鞘撬鍬 qie且切窃茄怯妾竊
qin亲勤侵秦琴禽钦芹沁寝擒覃親欽寢 qing情清青请轻庆倾晴卿擎顷氢請輕慶傾頃氫氰 qiong穷琼穹窮瓊 qiu求球秋丘邱囚酋裘仇鳅泅鰍 qu去取曲趣渠屈驱躯趋娶瞿驅軀趨蛆龋齲
quan全权泉劝拳券犬诠權勸詮圈颧醛痊顴 que却确缺雀鹊阙確鵲闕卻炔瘸榷 qun群裙
ran然燃染冉苒 rang让嚷壤攘讓瓤 rao绕扰饶娆繞擾饒嬈 re热惹熱 ren人认任忍仁刃韧纫認韌壬妊紉 reng仍扔 ri日 rong容荣融绒熔溶戎蓉茸榕嵘榮絨嶸冗镕鎔 rou肉柔揉
ru如入乳儒辱汝茹蠕褥孺 ruan软阮軟 rui瑞锐蕊睿芮銳 run润闰潤閏 ruo若弱
sa萨撒洒飒薩灑颯 sai塞赛腮賽鳃鰓 san三散伞叁傘叄 sang桑丧嗓喪 sao扫嫂骚掃騷搔 se色瑟涩澀 sen森 seng僧 sha沙杀傻纱砂啥莎鲨殺紗鯊煞 shai晒筛曬篩
shan山善闪衫扇陕珊擅膳杉汕删赡姗单閃陝刪贍苫煽缮姍單繕 shang上商伤尚赏裳晌傷賞墒 shao少烧绍稍勺哨邵韶梢燒紹捎芍 she社设射蛇舍摄涉舌赦奢佘設攝捨赊慑賒懾
shen身深神申审伸绅沈肾甚慎渗婶莘紳審腎滲嬸砷呻娠燊 sheng生声省胜升圣盛绳剩牲甥聲勝聖繩
shi是时事十使世市式实师史视示识室石失施士势试食始释适诗氏饰拾湿尸狮仕侍逝誓什蚀矢時實師視識勢試釋適詩飾濕獅蝕虱屎驶柿拭嗜噬恃屍蝨駛 shou手受收首守售授寿瘦兽狩壽獸
shu书数术属树输束述叔舒熟殊鼠薯暑署蔬疏梳淑抒枢曙蜀姝書數術屬樹輸樞赎孰黍戍竖墅庶漱恕澍贖竪 shua刷耍 shuai帅衰摔甩帥 shuan栓拴 shuang双爽霜雙 shui水谁税睡誰稅
shun顺舜瞬順吮 shuo说硕朔烁說碩爍 si四思死司私斯丝似寺撕嘶肆祀饲嗣絲飼伺巳 song送松宋颂诵耸嵩淞頌誦聳怂讼慫訟 sou搜艘嗽叟擞擻 su苏素速诉宿塑俗肃酥粟溯蘇訴肅僳 suan算酸蒜
sui岁随虽碎隋穗遂隧髓歲隨雖绥祟綏 sun孙损笋孫損筍 suo所索锁缩梭唆琐鎖縮瑣蓑
ta他她它塔踏塌獭挞蹋獺撻 tai太台态泰抬胎汰苔邰臺態颱酞 tan谈探坦叹碳坛摊滩贪瘫潭谭檀談嘆壇攤灘貪癱譚坍痰毯袒炭 tang堂汤唐糖躺趟塘膛棠倘湯搪淌烫瑭燙
tao套讨逃桃陶涛淘萄滔韬討濤韜掏绦焘縧燾 te特 teng腾疼藤滕騰誊謄 ti体提题替梯踢蹄啼涕惕體題剔锑嚏剃屉銻屜 tian天田甜填添恬腆舔 tiao条跳挑眺迢條 tie铁贴帖鐵貼
ting听停庭挺厅亭廷婷艇汀聽廳烃烴 tong同通统痛童铜桶筒彤桐佟瞳仝統銅酮捅潼 tou头投透偷頭 tu图土突途徒涂吐兔屠秃凸圖塗禿 tuan团湍團 tui推退腿褪颓頹蜕蛻 tun吞屯豚囤臀
tuo托脱拖妥拓驼陀椭唾鸵託脫駝驮橢鴕馱
wa瓦挖娃蛙袜哇洼襪窪 wai外歪 wan万完晚湾碗玩弯丸挽顽婉宛皖萬灣彎頑豌烷惋腕琬輓 wang王望往网忘亡旺汪枉妄網
wei为位未委维威围伟卫危微味尾谓唯违韦纬畏慰魏蔚薇巍惟伪喂渭炜玮為維圍偉衛謂違韋緯偽煒瑋桅潍苇萎胃尉崴餵濰葦 wen文问温闻稳吻纹蚊雯汶問溫聞穩紋瘟紊 weng翁嗡瓮甕
wo我握卧窝沃蜗渥臥窩挝涡斡蝸撾渦 wu无五物务武午舞屋吴乌误伍悟雾污巫侮捂梧吾芜坞鹉毋戊邬無務吳烏誤霧塢鄔呜钨诬晤勿蕪鵡嗚鎢誣
xi西系息希析喜习席细戏洗吸稀悉惜溪熙锡夕晰昔袭媳牺熄嬉禧曦犀蜥玺奚羲習細戲錫襲犧璽係硒矽嘻膝烯汐檄铣隙晞銑 xia吓下夏狭峡霞虾瞎侠辖暇匣狹峽蝦俠轄厦廈
xian先现线县限显险鲜献闲仙掀贤弦咸衔嫌陷宪羡纤馅冼娴現線縣顯險鮮獻閒賢銜憲纖嫻锨舷涎腺羨餡鍁 xiang想向相象像香乡项响箱详祥湘享巷翔襄镶鄉項響詳鑲厢橡廂
xiao小校笑效消晓销萧肖孝啸硝霄潇箫筱曉銷蕭嘯瀟簫削哮嚣宵淆囂 xie写些谢协鞋斜泄械携胁邪歇卸屑蟹谐懈解寫謝協脅諧攜楔蝎挟泻洩蠍挾瀉 xin新心信辛欣薪芯锌馨鑫昕忻衅歆鋅釁
xing行性形兴型星姓幸醒刑杏邢腥興猩惺 xiong雄兄胸凶熊汹匈兇洶 xiu修秀休袖绣锈羞朽嗅繡鏽 xu需许续须序虚徐绪叙蓄旭恤婿絮胥栩許續須虛緒敘墟戌嘘酗煦噓
xuan选宣旋悬玄轩喧炫璇萱暄選懸軒癣眩绚瑄癬絢 xue学雪血穴薛靴學 xun训讯寻迅巡询循逊熏勋旬荀殉訓訊尋詢遜勳驯汛洵馴
ya亚压牙呀雅鸦芽崖涯哑鸭押讶娅亞壓鴉啞鴨訝婭丫蚜衙轧軋 yan研言严眼演验烟延沿岩燕颜盐炎艳宴掩厌焰雁晏砚堰衍妍彦闫阎琰嫣鄢嚴驗煙顏鹽艷厭硯彥閻焉咽阉淹蜒奄唁谚焱閆閹諺
yang样阳养羊洋扬杨仰央痒氧秧漾樣陽養揚楊癢殃鸯佯疡炀鴦瘍煬 yao要药摇腰遥邀咬谣姚耀瑶窑尧藥搖遙謠堯瑤窯妖舀钥垚曜鑰 ye也业夜叶野页爷液冶耶椰烨晔業葉頁爺燁曄噎掖曳腋
yi一以已意义议医易依亿益艺移仪宜疑遗衣异役译抑伊亦毅忆翼姨椅逸谊怡乙倚蚁溢颐奕弈彝沂翊義議醫億藝儀遺異譯憶誼頤蟻壹揖铱夷胰矣邑屹臆肄疫裔诣翌绎贻懿熠羿銥詣繹貽
yin因音引银印阴饮隐殷姻吟尹寅荫茵銀陰飲隱蔭淫 ying应英影营迎硬映赢盈鹰婴樱颖莹瑛萤蝇應營贏鷹嬰櫻穎瑩螢蠅缨荧滢瀛纓熒瀅 yo哟唷喲 yong用永勇拥涌泳咏庸雍佣擁詠傭臃痈踊蛹恿湧癰踴
you有由又友油游优右幼犹邮忧悠尤幽佑铀酉诱攸優猶郵憂誘釉呦祐鈾
yu于与语育余雨鱼域预遇玉宇羽欲愈狱誉渔娱愉御裕豫俞虞禹喻逾隅郁予渝钰煜昱瑜妤於與語預餘魚獄譽漁娛禦鬱鈺迂淤盂榆愚舆屿芋吁峪浴寓驭彧瑀輿嶼馭
yuan元员原远院园愿源圆援缘袁苑渊怨猿辕媛垣瑗員遠園願圓緣淵轅鸳冤鴛 yue月越约阅岳跃悦粤乐玥約閱躍悅粵嶽樂曰 yun云运允孕晕匀韵蕴耘芸雲運暈韻蘊郧陨酝赟昀勻鄖隕醖贇
za杂砸雜匝咋 zai在再载灾仔宰栽載災哉 zan赞暂咱攒昝贊暫攢 zang脏葬臧髒赃贓 zao早造遭糟燥枣澡躁灶凿皂藻棗蚤噪鑿 ze则责泽择仄則責澤擇 zei贼賊 zen怎 zeng增赠曾憎贈
zha扎炸渣眨诈闸榨乍栅札詐閘喳铡柵鍘 zhai债摘宅窄寨斋翟債齋 zhan战站展占沾斩盏詹瞻湛绽崭戰斬盞綻嶄毡辗蘸栈佔氈輾棧 zhang张章掌丈涨账障仗帐彰樟璋張漲帳賬漳杖胀瘴脹
zhao找照招赵召兆罩昭沼肇趙钊釗 zhe这者着折哲浙遮蔗這蛰辙锗喆蟄轍鍺 zhen真针镇阵振震珍诊侦贞枕斟甄臻針鎮陣診偵貞砧疹帧幀 zheng正政证争整征症郑挣蒸睁拯铮證爭鄭徵錚狰怔峥掙睜猙崢
zhi之知只制治直值指止支质志至致智职织纸枝执植址旨殖脂芝汁稚滞秩挚掷帜峙侄趾祉隻質職織紙執滯摯擲幟吱蜘肢置炙痔窒 zhong中种重众终钟忠肿仲衷種眾終鐘鍾腫盅
zhou周州洲舟轴宙皱昼骤粥咒肘軸皺晝驟週诌帚謅 zhu主住注助著朱珠猪竹筑柱驻逐株烛诸祝煮嘱铸蛛諸豬築駐燭囑鑄诛拄瞩蛀贮誅矚貯 zhua抓爪 zhuai拽 zhuan专转砖撰赚專轉磚賺篆
zhuang装状壮庄撞妆桩裝狀壯莊妝樁幢 zhui追坠缀赘墜綴贅椎锥錐 zhun准準谆諄 zhuo卓桌捉浊灼琢酌啄拙茁濁 zi子自字资紫姿滋兹孜籽咨梓姊資茲淄滓渍漬 zong总宗纵综踪棕鬃總縱綜蹤
zou走奏揍邹鄒 zu组族足祖阻租卒組诅詛 zuan钻纂鑽 zui最罪醉嘴 zun尊遵樽 zuo作做坐座左昨佐柞
`;

/** Other readings of polyphonic characters, as character + syllable. */
const ALT = `
乐le 樂le 曾ceng 单dan 單dan 解jie 仇chou 朴pu 查zha 盖ge 蓋ge 区qu 區qu 覃tan 尉yu 长zhang 長zhang 重chong 种chong
種chong 行hang 都dou 还huan 還huan 翟di 藏zang 柏bo 秘bi 缪miu 繆miu 朝zhao 伽ga 伽qie 茜xi 大dai 车ju 車ju 传zhuan
傳zhuan 参shen 參shen 调tiao 調tiao 弹tan 彈tan 差chai 率shuai 塞se 宿xiu 了liao 着zhuo 会kuai 會kuai 角jue 省xing
称chen 稱chen 卡qia 扎za 系ji 露lou 似shi 隽jun 雋jun 阿e 莎suo 便pian 降xiang 乾gan 薄bao 泊po 吓he 给ji 給ji 地de 的di
什shen 厦sha 削xue 句gou 贲bi 賁bi 石dan 刹sha 脯pu 埔bu 咯ge 番pan 繁po 盛cheng 强jiang 強jiang 奇ji 校jiao 圈juan
乘sheng 和huo 焘dao 帧zheng 椎chui 藉ji 桔ju 槛kan 幢chuang 掺can 辗nian 吁xu 伺ci 崴wai 落lao 色shai 血xie 贾gu 賈gu
蔚yu 员yun 仔zi 那nuo 沈chen 叶xie 万mo 尾yi 汤shang 湯shang 得dei 洗xian
`;

/** Characters of the Xinhua transliteration set (simplified and traditional). */
const TRANSLIT = `
阿埃艾爱安昂奥澳巴拜班邦鲍保贝本比彼毕宾滨波玻伯博勃布步卜查察彻楚茨达大戴丹旦道得德登邓迪蒂第典丁东董都杜敦顿多朵厄鄂恩尔洱法凡范方菲斐费芬丰冯佛弗夫伏福甫辅富
盖甘干冈高戈哥格根贡古谷瓜圭果哈海罕汉翰豪浩赫河黑亨洪侯胡华怀惠霍基吉季济加迦伽佳嘉贾简杰捷金津京久居喀卡凯坎康考柯科克肯孔库夸奎昆廓拉腊莱赖兰朗劳勒雷蕾黎里理
历丽利莉连廉良列林琳凌留柳龙隆娄卢鲁陆路伦仑罗洛玛马迈麦满曼芒茂梅美门蒙孟米秘密缅明摩莫墨默姆木穆拿纳娜乃奈南瑙内尼妮涅宁纽努挪诺欧帕派潘庞培佩彭蓬皮坡破珀葡萄
蒲普浦埔齐奇契恰钱乔切钦琴青琼丘邱屈让热仁日荣茹瑞若萨撒塞赛桑瑟森沙莎山珊尚绍舍申圣施什史士首舒斯松宋苏索塔泰坦汤唐陶特滕提汀廷通图托瓦万旺威危韦维委卫温文翁沃
乌伍武西希锡席夏仙香肖谢辛欣休修逊雅亚牙延扬仰杨耶叶伊依因英尤于约云扎赞泽詹章哲珍治智朱卓兹祖佐朔黛缪丝茜薇芙娅琪露匈光别堡白阔毛魏曾乐吕愛奧鮑貝畢賓濱徹達鄧東
頓爾範費豐馮輔蓋岡貢漢華懷濟賈簡傑凱庫誇臘萊賴蘭勞歷麗連龍婁盧魯陸倫侖羅瑪馬邁麥滿門緬納內寧紐諾歐龐齊錢喬欽瓊讓熱榮薩賽紹聖蘇湯圖萬韋維衛溫烏錫謝遜亞揚楊葉約雲
贊澤茲繆絲婭別闊樂呂
`;

/** Two-character surnames, so 欧阳娜娜 splits as Ouyang Nana. */
const COMPOUND = '欧阳 歐陽 司马 司馬 诸葛 諸葛 上官 司徒 东方 東方 夏侯 皇甫 尉迟 尉遲 公孙 公孫 慕容 长孙 長孫 宇文 令狐 端木 独孤 獨孤 南宫 西门 轩辕 軒轅 澹台 闻人 聞人 申屠 钟离 鍾離 淳于 呼延 赫连 赫連';

function decodeTable(): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const [, syllable, chars] of TABLE.matchAll(/([a-z]+)([^\sa-z]+)/g)) {
    const reading = syllable!.replace(/v/g, 'ü');
    for (const ch of chars!) out[ch] = reading;
  }
  return out;
}

function decodeAlt(): Record<string, readonly string[]> {
  const out: Record<string, string[]> = Object.create(null);
  for (const [, ch, syllable] of ALT.matchAll(/(\S)([a-z]+)/g)) {
    (out[ch!] ??= []).push(syllable!.replace(/v/g, 'ü'));
  }
  return out;
}

/** Character → its usual reading in names (toneless, ü kept). */
export const PINYIN: Readonly<Record<string, string>> = decodeTable();

/** Character → further readings a name may use. */
export const PINYIN_ALT: Readonly<Record<string, readonly string[]>> = decodeAlt();

/** Characters Chinese uses to transliterate foreign names. */
export const TRANSLIT_CHARS: ReadonlySet<string> = new Set(TRANSLIT.replace(/\s/g, ''));

/** Two-character Chinese surnames. */
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set(COMPOUND.split(' '));

/** Every syllable the table uses: enough to tell whether a Latin word is pinyin. */
export const PINYIN_SYLLABLES: ReadonlySet<string> = new Set([
  ...Object.values(PINYIN),
  ...Object.values(PINYIN_ALT).flat(),
]);

/** All readings of a character, the name reading first; empty when unknown. */
export function pinyinReadings(ch: string): readonly string[] {
  const main = PINYIN[ch];
  if (main === undefined) return [];
  const alt = PINYIN_ALT[ch];
  return alt ? [main, ...alt] : [main];
}
