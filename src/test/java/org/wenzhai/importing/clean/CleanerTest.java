package org.wenzhai.importing.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wenzhai.domain.RemovedText;
import org.wenzhai.importing.formats.RawLine;

class CleanerTest {
    private static final NoiseRules RULES = NoiseRules.builtIn();

    private static Cleaner.Result clean(Set<String> disabled, String... lines) {
        return new Cleaner(RULES, disabled).clean(List.of(lines).stream().map(RawLine::plain).toList(), List.of());
    }

    @Test
    void aMenuBarWithAsciiPipesGoes() {
        Cleaner.Result r = clean(Set.of(), "在全区优化营商环境推进大会上的讲话", "网站首页 | 政务公开 | 政务服务 | 互动交流 | 走进青川",
                "同志们：");
        assertThat(r.lines()).extracting(Line::text).containsExactly("在全区优化营商环境推进大会上的讲话", "同志们：");
        assertThat(r.removed()).extracting(RemovedText::ruleId).containsExactly("web.menu");
    }

    /** A line in the middle of real text: removed by the named rule, or KEEP. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            - 12 -                                                    | page.number
            —— 12 ——                                                  | page.number
            36                                                        | page.number
            第3页 共10页                                               | page.number-cn
            Page 3 of 10                                              | page.number-of
            某某县2024年政府工作报告　第1页                               | page.footer-cn
            某某市人民政府办公室 第12页 共30页                             | page.footer-cn
            具体标准详见第3页                                          | KEEP
            订阅本站精品范文，每周一、三、五准时推送至您的邮箱！               | web.subscribe
            ……（此处隐藏2100字）……                                     | notice.hidden
            剩余内容已隐藏，开通会员后查看全文                               | notice.hidden
            >>>点击下载本文完整Word版（可编辑）                              | notice.download-click
            摘要：本文是一篇乡镇党委书记述职报告，欢迎参考借鉴。                  | notice.summary
            加微信：biyou888 领取《党建述职报告50篇》合集                       | advert.wechat-offer
            标签：述职报告 党建                                           | web.tags
            各村要加强党员微信群管理，及时发布学习内容。                         | KEEP
            摘要：全年共受理群众诉求1.2万件，办结率98%。                         | KEEP
            此处隐藏着群众最关心的问题，需要我们下功夫解决。                       | KEEP
            失业人员可扫码或加微信：ljrsj2024 领取线上申领操作指南。              | KEEP
            精品范文                                                   | KEEP
            精品文档                                                   | page.docshare
            文档来源为:从网络收集整理.word版本可编辑.欢迎下载支持.               | page.docshare
            个人收集整理　勿做商业用途                                      | page.docshare
            对个人资料整理类台账不作考核要求。                                 | KEEP
            上传者：wk_8839　上传时间：2024-11-02　页数：2页　下载券：5　4.6分      | notice.docshare-info
            全文阅读已结束，下载本文需要使用5下载券                              | notice.docshare-end
            人民网>>观点                                                       | web.breadcrumb
            点击播报本文，约                                                    | web.tts
            小字号                                                            | web.tts
            网友评论                                                          | web.comments
            点赞                                                              | web.comments
            建议使用1280×768分辨率浏览本站                                       | web.resolution
            学习强国 · 学习平台                                                 | web.app-brand
            微信号 hqqp_dangjian                                               | web.account-card
            功能介绍 传播党建声音，服务基层党员。                                   | web.account-card
            “清源发布”微信公众号                                                 | web.account-card
            字号：[大] [中] [小]　　视力保护色：                                  | web.font
            扫一扫下载“学习强国”APP                                              | web.scan
            主题词：安全生产                                                     | web.disclosure
            要关注群众急难愁盼问题，点赞身边好人好事。                               | KEEP
            建立微信公众号，及时发布政务信息。                                      | KEEP
            文档贡献者：wk_8823a1　　贡献于2024-03-18　　共4页　　免费下载需5积分 | notice.docshare-bar
            分享　　收藏　　举报　　下载文档到电脑，查找使用更方便                    | notice.docshare-end
            本页为文档预览页，完整内容请下载后查看                                | notice.preview
            （以上内容为预览，完整版请登录后下载）                                | notice.preview
            预览已结束，剩余2页可下载查看                                        | notice.docshare-end
            文档已结束，您还可以下载全部4页　付费下载 ¥3.80                         | notice.docshare-end
            试读结束，完整版请购买后下载                                         | notice.docshare-end
            文档类型：docx　　大小：26KB　　页数：4　　上传时间：2024-07-03          | notice.docshare-info
            VIP材料　　浏览：3721次　　更新：2024-03-01                           | notice.docshare-info
            ＶＩＰ专享｜本文剩余约3200字，开通会员后阅读全文                          | notice.hidden
            （此处隐藏部分内容，购买后可见）                                      | notice.hidden
            开通ＶＩＰ立享8折优惠，年卡仅需 ¥168（原价 ¥210）                        | advert.member+advert.subscribe
            点击查看更多>>                                                    | notice.more-link
            （本材料共约2600字，下载需2下载券）                                    | notice.download-tip
            点击下载本文档（共3篇）　　免费下载　　VIP会员下载                       | notice.download-click
            更多基层党建干货，尽在“党建红云”                                     | advert.freebie
            欢迎在留言区分享你的看法                                            | web.discuss
            分享　　收藏　　举报                                                | web.buttons
            文件格式：PDF，大小不超过2MB。                                       | KEEP
            各村要建立群众微信群，及时发布预览信息。                                | KEEP
            还剩0页未读，继续阅读　　下载此文档需要10积分                         | notice.docshare-end
            下载本文档，可编辑修改，更多精品文档请关注本站                       | notice.docshare-end
            页数：全县共印发宣传册5000份，发放到每一户。                          | KEEP
            群众可下载本文附件填写申请表，交村便民服务站。                        | KEEP
            获奖作品经评审后欢迎下载阅读。                                    | KEEP
            相关推荐：                                                 | web.related
            各单位要做好2025年度党报党刊订阅工作，确保订阅数量不低于上年。       | KEEP
            有关要求见附件 第3页。                                      | KEEP
            温馨提示：本站资料来自网友上传，仅供学习交流。                  | notice.tip
            如有侵权请联系网站客服删除                                    | notice.service
            材料铺 www.cailiaopu.com 仅供学习                              | web.site-mark
            原创　笔杆子公文　2024-05-20 08:30　发表于河南                    | web.timestamp
            免责声明：本文档内容仅供参考，不代表本站观点，下载后请根据实际情况修改使用。 | notice.disclaimer
            【免责声明】                                                 | notice.disclaimer
            Copyright © 2024 www.fanwen123.com All Rights Reserved        | web.footer
            本汇编由【基层笔杆子】团队整理，仅供会员学习使用，禁止转载。           | notice.credit-members
            本汇编由县委办公室整理，供各级领导干部学习参考。                     | KEEP
            更多领导讲话汇编，请关注公众号“笔杆子素材库”，每周更新。              | advert
            分享　收藏　赞 35　在看 12                                      | web.buttons
            更多领导讲话稿，请加入会员QQ群：695280113                         | advert
            【温馨提示】本汇编由某某文库收集整理，仅供会员学习交流使用，严禁转载倒卖！     | notice.tip
            ■温馨提示■：完整内容请下载后查看，本文共3页                         | notice.tip
            【声明】本汇编所有资料均来自某某素材网会员共享，仅供学习参考。           | notice.copyright
            发布日期：2024-02-01 09:30　访问量：2357                           | web.views
            全年市政府门户网站共发布信息2.8万条，总访问量达到4600万人次。           | KEEP
            阅读：356　点赞：12                                                | web.counter
            分享到：                                                          | web.share-to
            分享到朋友圈的内容要注意保密。                                        | KEEP
            ┏━━━━━━━━━━━━┓                                                | web.separator
            —— 本文共5页 当前第2页 ——                                           | page.docshare-pages
            本文档共4页，当前为完整版                                            | page.docshare-pages
            【文档字数：3126字】                                                | notice.word-count
            【某某素材库】每天更新内部高质量素材1000余篇，一键搜索，一键下载！        | advert
            【某某代笔】原创保障，各类讲话、汇报、总结均可代笔，欢迎咨询。            | advert
            ↓↓↓扫码下载完整版，更多党课讲稿请访问某某网站↓↓↓                      | notice.download
            【下载说明】本文档为Word格式，可直接编辑使用。                         | notice.download-note
            豆丁文档 · 精品资料                                                  | page.docshare
            本篇完                                                            | web.end
            （本篇完）                                                         | web.end
            ——以下为付费内容，购买后可查看全文——                                 | paywall.notice
            更多组织生活会材料请加微信：gwds2023（备注：材料）                     | advert.wechat-offer
            以上材料仅供参考，请结合本单位实际修改使用。                           | notice.for-reference
            本资料来源于某某公文网，版权所有，侵权必究。                           | notice.copyright
            以上材料请各单位于5月底前报送县委组织部。                              | KEEP
            参训学员请加入培训QQ群（群号：563218820），接收课程通知。              | KEEP
            写下你的留言                                                 | web.wechat-ui
            企业在窗口或者拨打客服热线12345反映问题，由专人跟踪督办。             | KEEP
            温馨提示：预约成功后请携带本人有效身份证件，在预约时段提前10分钟到达。  | KEEP
            温馨提示：本站所有范文均为网友投稿或整理，如有侵权请联系客服删除。      | notice.tip
            温馨提示：如有疑问，请联系客服。                                  | notice.tip
            目录 返回 首页                                             | web.nav
            上一篇 下一篇 返回顶部                                      | web.nav
            当前位置：首页 > 领导讲话 > 正文                               | web.breadcrumb
            您现在的位置: 首页 » 工作动态                                 | web.breadcrumb
            首页 > 新闻中心 > 基层动态                                   | web.breadcrumb
            上一篇：在全县安全生产工作会议上的讲话                           | web.prev-next
            下一篇：没有了                                              | web.prev-next
            当前位置和发展阶段决定了我们必须坚持稳中求进。                      | KEEP
            您当前的位置：首页 > 政务公开 > 领导讲话                          | web.breadcrumb
            网站首页 ｜ 政务公开 ｜ 政务服务 ｜ 互动交流 ｜ 走进青川                 | web.menu
            版权所有：某某县人民政府办公室    主办单位：某某县人民政府办公室        | web.footer
            联系我们 ｜ 网站地图 ｜ 使用帮助                                   | web.footer
            备案号：蜀ICP备12345678号-1                                    | web.footer
            网站标识码：5108230001    川公网安备 51082302000123号              | web.footer
            技术支持：某某信息技术有限公司                                    | web.footer
            相关链接：                                                    | web.related
            欢迎访问某某县人民政府门户网站！ 无障碍浏览 长者模式 English          | web.welcome
            欢迎大家积极参加读书分享活动，踊跃交流学习体会。                      | KEEP
            【字体：大 中 小】【打印本页】【关闭窗口】                          | web.font
            本次论坛的主办单位为县委宣传部，承办单位为县融媒体中心。                | KEEP
            各单位要通过微信群、QQ群及时转发订阅通知，确保信息传达到位。              | KEEP
            请将典型案例报送至市委组织部干部教育素材库，联系方式见工作QQ群。           | KEEP
            严禁请人代笔撰写述职报告，一经发现严肃处理，相关线索可在纪检工作微信群内反映。 | KEEP
            更多材料请登录XX市人民政府门户网站“政策文件”栏目查阅。                   | KEEP
            更多精品材料请访问某某范文网                                        | notice.download
            免费下载更多执法案例汇编请访问 www.example.com                      | notice.download
            下载地址：pan.example.com/s/abc123                                | notice.download
            ━━━━━━━━━━━━━━━━━━━━                                            | web.separator
            ─────────                                                    | web.separator
            ＊＊＊                                                    | web.separator
            ＊　＊　＊                                                 | web.separator
            ***                                                      | web.separator
            相关范文推荐：                                                 | web.related
            本店其他精品材料推荐（点击下载）：                                   | web.related
            热门文档                                                     | web.related
            >>>点击下载更多精品范文<<<                                       | notice.more-link
            >>>查看更多范文<<<                                             | notice.more-link
            会员咨询QQ：2851736490　　微信：gwsc_kefu                           | advert.
            查看更多信息请登录县政府网站。                                     | KEEP
            申报表请从县政府网站下载，下载地址：http://www.qh.gov.cn/sbb.doc。     | KEEP
            各乡镇可登录县政府门户网站“通知公告”栏目查看，下载链接：http://www.qh.gov.cn/a | KEEP
            第一届读书节由县图书馆主办单位联合举办，版权所有的图书均可借阅。          | KEEP
            欢迎参与讨论                                               | web.discuss
            欢迎大家在评论区留言交流                                     | web.discuss
            欢迎在评论区留言讨论                                         | web.discuss
            本文由老笔头写作工作室整理，欢迎下载使用                          | notice.credit
            本文由某某公文笔记整理发布                                     | notice.credit
            本文由县委办公室根据录音整理                                   | KEEP
            本文档为付费内容，已隐藏部分内容，开通会员可下载全文                | notice.hidden
            本文为会员专享内容                                           | notice.hidden
            本文为大家介绍全县推进网格化管理的做法。                          | KEEP
            点击下方名片关注“会务文稿”，获取更多主持词范文                     | web.follow
            2023-03-12 10:25:01                                       | web.timestamp
            2024-05-20 08:30 发表于湖南                                  | web.timestamp
            发布时间：2023年3月12日 10:25                               | web.timestamp
            浏览次数：1024                                             | web.views
            发布日期：2024-09-12　　点击数：318                          | web.views
            阅读 3892                                                  | web.counter
            阅读 10万+                                                 | web.counter
            赞 35　在看 12                                              | web.counter
            阅读3本好书，撰写心得体会2篇。                               | KEEP
            打印　关闭                                                  | web.tools
            联系电话：0558-1234567　　地址：青禾县人民路88号              | web.footer
            扫一扫在手机打开当前页                                       | web.follow
            请各乡镇于月底前报送联系电话和通讯地址。                        | KEEP
            【字号：大 中 小】                                          | web.font
            责任编辑：王某                                              | web.editor
            编辑：李晓　审核：张伟                                         | web.editor
            分享　收藏　在看　点赞                                         | web.buttons
            请大家分享经验、推荐做法、转发通知，推动工作落实。                  | KEEP
            点击上方蓝字关注我们                                          | web.follow
            长按识别二维码，关注更多精彩                                   | web.follow
            往期推荐                                                  | web.follow
            点击“青禾发布”，关注更多精彩内容                                 | web.follow
            ▲活动现场                                                 | web.caption
            ▲图为志愿者走进社区开展义诊。                                  | web.caption
            ▲5月8日，全县安全生产工作会议召开。                              | web.caption
            ▲加强组织领导，成立由县长任组长的工作专班。                        | KEEP
            ✨✨✨                                                    | web.emoji-line
            🌸 🌸                                                   | web.emoji-line
            ❶                                                      | KEEP
            【打印】 【关闭】                                           | web.print
            - THE END -                                              | web.end
            原标题：某某县推行网格化管理                                   | web.original-title
            会员群：            免费QQ群：                               | advert.group
            现在订阅立享前三年全部资料                                    | advert.subscribe
            【某某资料屋】——每日更新内部材料300篇，会员群同步更新，欢迎加入     | advert.member
            专业代笔润笔，原创保障，好评如潮，欢迎咨询                        | advert.ghostwriter
            举报倒卖资料者，举报成功免费赠送一年会员                          | advert.resell
            原创 某某组工 某某组工 2024-05-20 08:30 发表于某某省              | web.timestamp
            原创 笔杆子 公文写作研习社 2023-12-18 07:45 江苏                  | web.timestamp
            某某发布 2024-06-01 19:05                                   | web.timestamp
            喜欢就点个“在看”吧                                           | web.follow
            https://mp.weixin.qq.com/s/AbCdEfGh123456                  | web.url
            www.example.gov.cn/art/2024/5/20/art_1.html                | web.url
            首页 ｜ 无障碍 ｜ 长者模式 ｜ English 今天是：2024年4月12日 星期五      | web.topbar
            今天是：2024年4月12日 星期五                                   | web.topbar
            【打印本页】【关闭窗口】　分享到：微信 微博                      | web.print
            2024-07-22 10:15　来源：XX日报　作者：记者 李文博 通讯员 王雨涵       | web.info
            2024年7月22日　来源：某某县融媒体中心                             | web.info
            2024年7月22日，来源：各乡镇上报的数据显示，全县粮食总产量稳定。      | KEEP
            ——————————————————                                        | web.separator
            ＊＊＊＊＊＊＊＊＊＊                                              | web.separator
            ★★★★★★★★★★                                              | web.separator
            ◆ ◆ ◆ ◆ ◆ ◆                                              | web.separator
            声明：本站所有文章资源内容，如无特殊说明或标注，均为网络资源。        | notice.copyright
            （全文完）                                                   | web.end
            （完）                                                      | web.end
            ——在全县乡村振兴推进会上的讲话                                   | KEEP
            本次会议全文完整记录在案，请各单位认真学习。                         | KEEP
            目录                                                      | KEEP
            原创性成果不断涌现，2024年5月20日召开了总结会。                     | KEEP
            网址：www.example.gov.cn                                    | KEEP
            我们坚持把群众关注的热点难点作为工作重点，推动问题解决。               | KEEP
            推荐阅读书目由县图书馆统一配发到各村农家书屋，群众借阅十分方便。       | KEEP
            1.                                                        | KEEP
            2023年3月12日                                              | KEEP
            同志们：                                                   | KEEP
            （二）做好党报党刊订阅发行工作                                 | KEEP
            今年以来，我们把党报党刊订阅作为重要政治任务，确保订阅数量只增不减。  | KEEP
            三是开展专题培训，组织全体会员单位参加，提高服务质量和群众满意度，确保培训取得实效，并通过微信群及时发布通知。 | KEEP
            ·3·                                                       | page.number
            · 12 ·                                                    | page.number
            ～7～                                                      | page.number
            －　1　－                                                   | page.number
            作者：东岭市人民政府市长　陈志远　　来源：东岭日报　　发布时间：2024-03-18　　【字体：大 中 小】 | web.info-fields
            发布时间：2024-05-12阅读：2563字数：4200字会员专享                 | web.info-fields
            【作者：张晓东】【来源：东岭日报】【时间：2024-03-18】              | web.info-fields
            时间：2024年3月18日上午9:00，来源于县委办的通知已下发各单位。       | KEEP
            作者：张晓东                                                | KEEP
            【发表评论】【告诉好友】【打印此文】【关闭窗口】                  | web.tool-bar
            使用小程序                                                  | web.wechat-ui
            首页　｜　政务公开　｜　政策法规　｜　便民服务　｜　互动交流              | web.menu
            索 引 号：	011352710/2023-04521	主题分类：	城乡建设、环境保护     | web.disclosure
            文　　号：	青禾市人民政府令第5号	有 效 性：	有效                | web.disclosure
            文号要规范，有效性要审查。                                      | KEEP
            继续滑动看下一个                                             | web.wechat-ui
            取消不合理收费项目12项。                                      | KEEP
            第　10　页                                                  | page.number-cn
            ———— 本文完 ————                                             | web.end
            【可编辑word版】                                             | notice.label
            （word版可编辑，共5页）                                        | notice.label
            原创材料　严禁转载                                             | notice.label
            【可编辑word版】本材料共计约3200字                                | notice.word-count
            全文共5682字                                                | notice.word-count
            全县共计3200人参加培训，覆盖率达到98%。                            | KEEP
            本材料共分三个部分。                                           | KEEP
            分享到：微信微博QQ空间                                         | web.share-to
            微信扫一扫                                                  | web.scan
            喜欢本文请点赞、转发、收藏，您的支持是我们更新的最大动力               | web.like
            笔杆子写作网 www.bgz-xiezuo.com                               | web.site-mark
            淘宝店铺搜索“笔杆子工坊”，更多材料等你来拿                          | advert.shop
            更多精彩内容，尽在笔杆子工坊VIP会员专区                             | advert.member+advert.shop
            群众纷纷点赞，转发量超过十万次，成为全县热议话题。                      | KEEP
            扫一扫二维码即可完成线上报名，方便快捷。                              | KEEP
            我们还组织党员到淘宝村学习电商经验，推动农产品上行。                     | KEEP
            二、欢迎交流互鉴，深化区域合作                                    | KEEP
            四、推荐阅读书目                                                | KEEP
            3．让更多青年关注我们的事业                                      | KEEP
            居民们喜欢分享身边的志愿故事。                                    | KEEP
            具体兑换办法请阅读原文件第三条。                                   | KEEP
            欢迎各位同仁多提宝贵意见，我们将认真研究吸收、交流借鉴。                 | KEEP
            主办单位：某某县委宣传部、某某县直属机关工委                         | KEEP
            联系人：王某某　联系电话：0713-1234567　邮箱：abc@example.com       | KEEP
            时间：2024年4月23日 14:30                                       | KEEP
            欢迎在评论区留言讨论                                             | web.discuss
            阅读原文                                                       | web.follow
            觉得有用，点赞转发                                               | web.like
            主办单位：某某市人民政府办公室　承办单位：某某市大数据中心             | web.footer
            地址：某某县人民路28号　联系电话：0790-1234567　邮编：331000       | web.footer
            2024-04-23 14:30                                               | web.timestamp
            （责任编辑：赵　敏）                                              | web.editor
            (责编：王小雨、李文)                                             | web.editor
            【纠错】【责任编辑:张小璐】                                        | web.editor
            发文字号：		发布日期：	2024年03月14日                          | web.disclosure
            上一篇　下一篇                                                  | web.nav
            前一篇：某某县召开年度工作会议                                    | web.prev-next
            正文字体大小：大 中 小                                           | web.font
            24小时热点                                                     | web.related
            热点排行                                                       | web.related
            楼主                                                           | web.forum
            某某网友2018 发表于 2024-5-8 21:37:52 ｜只看该作者 ｜倒序浏览          | web.forum
            本帖最后由 某某网友 于 2024-5-9 08:12 编辑                         | web.timestamp
            某某网友2018 积分 1268 帖子 87                                  | web.forum
            阅读(382)┊评论 (2)┊收藏(5)┊转载(1)                             | web.forum
            (2024-01-15 20:41:06)                                           | web.forum
            回复 举报                                                       | web.forum
            他在发表于2024年的文章中回复了群众关切。                          | KEEP
            地址：某某县乔庄镇滨河路1号　　邮编：628100                        | web.footer
            请将申报材料寄送至县委组织部，地址：县政府大楼3楼，邮编：331000。     | KEEP
            更多精彩范文，尽在笔杆子素材库 www.bgz-sck.com                    | advert.material-shop+advert.site+advert.freebie
            扫码下载完整版Word文档，更多党建材料尽在素材库！                      | advert.freebie
            加入会员群，免费获取3000+篇精品材料，群号见文末！                     | advert.freebie
            专业代笔：述职报告、心得体会、调研报告，微信 bgz2024                  | advert.ghostwriter+advert.service
            下载提示：本文档下载后为Word格式，下载所需积分：5分。                 | notice.download-tip
            相关推荐：乡镇党委书记述职报告范文（8篇）　村级工作总结             | web.related
            觉得有用的话，请点赞、收藏、转发支持一下吧！                         | web.like
            觉得好看请点赞、转发、关注，您的支持是我们最大的动力！                | web.like
            群众可免费获取法律咨询服务，更多材料请到窗口领取。                    | KEEP
            相关推荐：各单位要结合实际，推荐优秀案例。                          | KEEP
            下载说明：申报表为Word格式，请下载后填写。                          | KEEP
            欢迎加入我们的志愿者微信群！                                       | KEEP
            代笔服务：讲话稿、汇报材料专业代写，原创保过，微信 bgz888           | advert.ghostwriter+advert.service
            上传时间：2024-03-02　浏览：3562次　下载：214次　页数：3页　格式：DOCX | notice.docshare-info
            声明：本网转载内容仅代表作者观点，不代表本网立场。                   | notice.statement
            无障碍 关怀版 繁體 个人登录 法人登录                               | web.login-bar
            温馨提示：                                                      | KEEP
            温馨提示：请广大居民注意以下事项。                                 | KEEP
            温馨提示：本站资料仅供参考。                                       | notice.tip
            请点击登录 注册后即可办理                                         | KEEP
            【某某公文网】www.example.net  精品公文范文下载                     | web.site-banner
            某某报告中心 www.example.cc 首发 ｜ 本文档共12页                     | web.site-banner
            【example.net 心得体会网 原创首发】                               | web.site-banner
            【范文宝库】fanwen360.com 提供                                     | web.site-banner
            请登录www.example.gov.cn报名                                      | KEEP
            【以下为付费内容】                                                | paywall.notice
            本资料由“某某文库”收集整理　资料交流QQ群：583729164　仅限内部学习    | advert.credit
            本文档共4页，您已阅读全部内容。会员免费下载，非会员每篇3元。           | notice.docshare-end
            （此处为预览内容，完整文档请登录后下载）                              | notice.preview
            预览内容仅展示前3页，剩余部分请购买后查看                             | notice.preview
            点击下载完整版>>>  https://www.example.net/down/29381.html        | notice.download-click
            微信：dkzl2024  备注“党课”拉你进资料群，海量讲稿免费领               | advert.group
            免费下载更多事迹材料，请在应用商店搜索“某某范文”APP                   | advert.join
            分享到：微信  微博  QQ空间    字号：大 中 小                        | web.font
            阅读量：2361    发布时间：2025-03-29 10:12                          | web.views
            全年政务网站点击量：120万次，同比增长35%。                            | KEEP
            会员单位可免费领取宣传资料，请到服务大厅办理。                        | KEEP
            各乡镇登录www.example.gov.cn填报，更多材料请访问县人社局网站。        | KEEP
            笔耕不辍2019 积分 3256 主题 88 帖子 412 金牌写手 发消息              | web.forum
            贡献者：材料达人2020 上传于2024-07-05 8页 2.3千次阅读 42次下载       | notice.docshare-bar
            全年共印发文件8页，累计阅读量较高。                                  | KEEP
            关注公众号“公文写作笔杆子”，回复“总结”领取200篇范文                 | advert.join+advert.freebie
            群众可通过短信回复“1”领取电子社保卡办理指南。                        | KEEP
            相关链接：中国政府网　安徽省人民政府　宿州市人民政府                 | web.related
            相关解读：图解：青石县养老服务体系建设实施方案 政策解读：《实施方案》   | web.related
            相关链接：各单位要做好政策解读工作。                                  | KEEP
            干部考核管理系统　导出时间：2024-01-15 10:32:07　操作人：zzb_admin    | web.export-stamp
            预览时标签不可点                                                    | web.wechat-ui
            精品述职报告范文　word版可编辑                                        | notice.label
            本店精品范文                                                        | KEEP
            发表于 2024-1-8 15:22:07｜只看该作者｜倒序浏览｜阅读模式             | web.forum
            附件: 您需要 登录 才可以下载或查看，没有账号？立即注册                | web.forum
            回复 支持 8 反对 0 举报                                           | web.forum
            您需要登录后才可以回帖 登录 ｜ 立即注册                             | web.forum
            GMT+8, 2024-1-10 09:12 , Processed in 0.052 second(s), 22 queries . | web.forum
            阅读(328) 评论(4) 收藏(12) 转载(3) 喜欢(9) 打印 举报                | web.forum
            原文地址：在全市青年干部座谈会上的讲话　作者：某某先锋                 | web.forum
            阅读 3,821                                                      | web.counter
            赞56 在看12 投诉                                                 | web.counter
            喜欢此内容的人还喜欢                                              | web.wechat-ui
            剩余14页未读，继续阅读                                            | notice.docshare-end
            下载文档到电脑，查找使用更方便                                      | notice.docshare-end
            文章录入：admin 责任编辑：县效能办 邓堃                              | web.editor
            上一篇文章：县效能投诉受理办法 下一篇文章：关于开展明察暗访活动的通知     | web.prev-next
            【打印此页】【关闭窗口】【返回顶部】                                  | web.print
            大家支持这项工作，反对铺张浪费。                                     | KEEP
            """)
    void aLineOfNoiseGoesByItsRuleAndRealTextStays(String line, String rule) {
        Cleaner.Result r = clean(Set.of(), "关于做好有关工作的通知", line, "各单位要认真抓好落实。");
        if (rule.equals("KEEP")) {
            assertThat(r.lines()).extracting(Line::text).contains(line.strip());
            assertThat(r.removed()).isEmpty();
        } else {
            assertThat(r.lines()).extracting(Line::text).doesNotContain(line.strip());
            assertThat(r.removed()).singleElement().satisfies(rt -> {
                assertThat(rt.ruleId()).contains(rule);
                assertThat(rt.lineNumber()).isEqualTo(2);
                assertThat(rt.text()).isEqualTo(line.strip());
            });
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ##paidbegin##XXX市委组织部           | XXX市委组织部             | paywall.marker | ##paidbegin##
            正文最后一句。##paidend##             | 正文最后一句。              | paywall.marker | ##paidend##
            ## paid begin ##标题                 | 标题                      | paywall.marker | ## paid begin ##
            📌二、聚焦突出问题，推动作风建设走深走实  | 二、聚焦突出问题，推动作风建设走深走实 | web.emoji-mark | 📌
            👉各单位要于5月底前报送。              | 各单位要于5月底前报送。       | web.emoji-mark | 👉
            ✅✅完成率达到98%。                   | 完成率达到98%。             | web.emoji-mark | ✅✅
            """)
    void inlineMarkersAndEmojiAreCutOutOfTheLine(String line, String kept, String rule, String cut) {
        Cleaner.Result r = clean(Set.of(), "标题行", line);
        assertThat(r.lines()).extracting(Line::text).containsExactly("标题行", kept);
        assertThat(r.removed()).containsExactly(new RemovedText(rule, 2, cut));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            守初心担使命 争做新时代合格党员【VIP精品】【可编辑】        | 守初心担使命 争做新时代合格党员          | notice.docshare-tag-end
            在全县保密工作会议上的讲话【精品范文·下载后可编辑】          | 在全县保密工作会议上的讲话              | notice.docshare-tag-end
            关于印发《实施办法（试行）》的通知【word版】                | 关于印发《实施办法（试行）》的通知        | notice.docshare-tag-end
            把纪律规矩挺在前面（1488字）                              | 把纪律规矩挺在前面                      | notice.word-count-end
            问题得到解决。（本文由某某文库整理，仅供学习参考）             | 问题得到解决。                         | notice.credit-bracket
            本文由某某素材网整理。参加学习教育以来，我深受教育。            | 参加学习教育以来，我深受教育。           | notice.credit-start
            以交流研讨和撰写心得的方式检验学习成效。更多精彩范文请关注微信公众号：某某笔杆子 | 以交流研讨和撰写心得的方式检验学习成效。 | advert.more-glued
            ■某某素材网■ 党纪学习教育心得体会汇编（4篇）                  | 党纪学习教育心得体会汇编（4篇）          | notice.brand-before-title
            ＃＃ｐａｉｄｅｎｄ＃＃全年完成投资12亿元。                    | 全年完成投资12亿元。                    | paywall.marker
            今年共受理企业诉求843件，企业满意度达到97.3%。点击下方“阅读原文”下载完整版 | 今年共受理企业诉求843件，企业满意度达到97.3%。 | web.read-original-glued
            """)
    void aSellersPartOfALineIsCutOutAndTheRestStays(String line, String kept, String rule) {
        Cleaner.Result r = clean(Set.of(), "标题行", line);
        assertThat(r.lines()).extracting(Line::text).containsExactly("标题行", kept);
        assertThat(r.removed()).extracting(RemovedText::ruleId).containsExactly(rule);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            关于印发《某某县实施办法（试行）》的通知
            本汇编由县委办公室整理，供各级领导干部学习参考。
            本文由县委办公室根据录音整理。参加会议的有各乡镇党委书记。
            各单位要认真学习。更多学习资料请登录党员教育平台查看。
            """)
    void theTextsOwnBracketsCreditsAndPointersStay(String line) {
        Cleaner.Result r = clean(Set.of(), "标题行", line);
        assertThat(r.lines()).extracting(Line::text).containsExactly("标题行", line);
        assertThat(r.removed()).isEmpty();
    }

    @Test
    void aNumberInACircleBeforeItsTextStays() {
        Cleaner.Result r = clean(Set.of(), "标题行", "❶加强组织领导。", "★一是压实责任。");
        assertThat(r.lines()).extracting(Line::text).containsExactly("标题行", "❶加强组织领导。", "★一是压实责任。");
        assertThat(r.removed()).isEmpty();
    }

    @Test
    void aPreviewsNoteOnTheWordsLeftIsCutOutOfItsParagraph() {
        Cleaner.Result r = clean(Set.of(), "标题行", "全年完成投资12亿元，同比增长8%。（全文共5682字，剩余4100字请下载后阅读）");
        assertThat(r.lines()).extracting(Line::text).containsExactly("标题行", "全年完成投资12亿元，同比增长8%。");
        assertThat(r.removed()).containsExactly(new RemovedText("notice.remaining", 2, "（全文共5682字，剩余4100字请下载后阅读）"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            把会员制从“买卖关系”变成“服务关系”。（此处已隐藏3200字，请下载全文） | 把会员制从“买卖关系”变成“服务关系”。
            （此处已隐藏3200字，请下载全文）                                  | ''
            """)
    void aPaywallsNoteOnTheHiddenWordsGoesAloneOrGlued(String line, String kept) {
        Cleaner.Result r = clean(Set.of(), "标题行", line, "正文继续。");
        assertThat(r.lines()).extracting(Line::text).containsExactly(
                kept.isEmpty() ? new String[] {"标题行", "正文继续。"} : new String[] {"标题行", kept, "正文继续。"});
        assertThat(r.removed()).containsExactly(new RemovedText("notice.hidden-glued", 2, "（此处已隐藏3200字，请下载全文）"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            (完整word版)在全市安全生产工作会议上的表态发言汇编 | 在全市安全生产工作会议上的表态发言汇编 | (完整word版)
            【精品】乡镇党委书记述职报告                     | 乡镇党委书记述职报告                     | 【精品】
            （word版本）关于加强基层治理的实施意见            | 关于加强基层治理的实施意见                | （word版本）
            """)
    void aSharingSitesTagBeforeATitleIsCutOut(String line, String kept, String cut) {
        Cleaner.Result r = clean(Set.of(), line, "各单位要认真抓好落实。");
        assertThat(r.lines()).extracting(Line::text).containsExactly(kept, "各单位要认真抓好落实。");
        assertThat(r.removed()).containsExactly(new RemovedText("notice.docshare-tag", 1, cut));
    }

    @Test
    void aWebPagesMastheadOverItsBreadcrumbOrMenuGoesAndATitleThereStays() {
        Cleaner.Result r = clean(Set.of(), "临川市人民政府　门户网站", "首页 > 政务公开 > 领导讲话", "在全市优化营商环境工作推进会上的讲话",
                "同志们：");
        assertThat(r.lines()).extracting(Line::text).containsExactly("在全市优化营商环境工作推进会上的讲话", "同志们：");
        assertThat(r.removed()).extracting(RemovedText::ruleId).containsExactly(Cleaner.MASTHEAD_ID, "web.breadcrumb");
        Cleaner.Result kept = clean(Set.of(Cleaner.MASTHEAD_ID), "临川市人民政府　门户网站", "首页 > 政务公开 > 领导讲话", "同志们：");
        assertThat(kept.lines()).extracting(Line::text).containsExactly("临川市人民政府　门户网站", "同志们：");
        Cleaner.Result title = clean(Set.of(), "在全区优化营商环境推进大会上的讲话", "当前位置：首页 > 领导讲话 > 正文", "同志们：");
        assertThat(title.lines()).extracting(Line::text).startsWith("在全区优化营商环境推进大会上的讲话");
    }

    @Test
    void aTitleNamingOneMarksWordIsNeitherAnAdvertNorTheHeadOfASellersBlock() {
        Cleaner.Result r = clean(Set.of(), "关于推行“扫码亮证”提升政务服务效能的情况汇报", "（会员专享材料，下载后可编辑，仅需1积分）",
                "某某市政务服务和数据管理局", "今年以来，我局推行“扫码亮证”，群众办事更加便利。");
        assertThat(r.lines()).extracting(Line::text).containsExactly("关于推行“扫码亮证”提升政务服务效能的情况汇报",
                "某某市政务服务和数据管理局", "今年以来，我局推行“扫码亮证”，群众办事更加便利。");
        assertThat(r.removed()).extracting(RemovedText::text).containsExactly("（会员专享材料，下载后可编辑，仅需1积分）");
        // a seller's banner first is still the head's block, title words or not
        Cleaner.Result banner = clean(Set.of(), "扫码关注公众号", "加入会员群领取更多材料", "关于推行“扫码亮证”提升政务服务效能的情况汇报",
                "今年以来，我局推行“扫码亮证”，群众办事更加便利。");
        assertThat(banner.lines()).extracting(Line::text).startsWith("关于推行“扫码亮证”提升政务服务效能的情况汇报");
    }

    @Test
    void aMembersTagGluedToTheTitleIsCutOutAndTheTitleStays() {
        Cleaner.Result r = clean(Set.of(), "【VIP专享】柳溪县供销合作社2023年工作总结", "下载后可编辑", "", "2023年，县供销社各项工作取得新成效。");
        assertThat(r.lines()).extracting(Line::text).containsExactly("柳溪县供销合作社2023年工作总结", "2023年，县供销社各项工作取得新成效。");
        assertThat(r.removed()).extracting(RemovedText::ruleId, RemovedText::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("notice.member-tag", "【VIP专享】"),
                org.assertj.core.groups.Tuple.tuple("notice.editable", "下载后可编辑"));
    }

    @Test
    void aMembersTagOrAFollowPromptGluedAfterALastSentenceIsCutOutAndTheSentenceStays() {
        Cleaner.Result r = clean(Set.of(), "标题行", "全乡已有8600余户建立了积分档案，覆盖率达到97%。（会员专享）",
                "积分内容不求多而全，避免增加基层负担。扫码关注，获取更多乡村治理经验材料",
                "群众扫码即可查看自家积分，获取更多信息可拨打热线。", "（会员专享）政策解读汇编");
        assertThat(r.lines()).extracting(Line::text).containsExactly("标题行", "全乡已有8600余户建立了积分档案，覆盖率达到97%。",
                "积分内容不求多而全，避免增加基层负担。", "群众扫码即可查看自家积分，获取更多信息可拨打热线。", "政策解读汇编");
        assertThat(r.removed()).extracting(RemovedText::ruleId).containsExactly("notice.member-tag-glued", "advert.follow-glued",
                "notice.member-tag");
    }

    @Test
    void aSharingSitesResidueGluedAfterALastSentenceIsCutOut() {
        Cleaner.Result r = clean(Set.of(), "标题行", "群众满意度明显提升。个人收集整理　勿做商业用途", "个人收集整理的台账不再报送。");
        assertThat(r.lines()).extracting(Line::text).containsExactly("标题行", "群众满意度明显提升。", "个人收集整理的台账不再报送。");
        assertThat(r.removed()).containsExactly(new RemovedText("notice.docshare-glued", 2, "个人收集整理　勿做商业用途"));
    }

    @Test
    void aSitesCreditGluedAfterAParagraphGoesAndTheParagraphStays() {
        Cleaner.Result r = clean(Set.of(), "标题行", "全县上下要以更加昂扬的斗志，为加快建设现代化强县提供坚强保证。本文档由公文范文网整理");
        assertThat(r.lines()).extracting(Line::text).containsExactly("标题行", "全县上下要以更加昂扬的斗志，为加快建设现代化强县提供坚强保证。");
        assertThat(r.removed()).containsExactly(new RemovedText("notice.credit-glued", 2, "本文档由公文范文网整理"));
    }

    @Test
    void whatAnInlineRuleCutsFromInsideALineIsKeptWithTheLineForItsWidth() {
        Cleaner.Result r = clean(Set.of(), "帮助企业##paidbegin##解决实际困难，", "##paidbegin##某某县委组织部", "正文。##paidend##");
        assertThat(r.lines()).extracting(Line::text, Line::cutInside).containsExactly(
                org.assertj.core.groups.Tuple.tuple("帮助企业解决实际困难，", "##paidbegin##"),
                org.assertj.core.groups.Tuple.tuple("某某县委组织部", ""),
                org.assertj.core.groups.Tuple.tuple("正文。", ""));
    }

    @Test
    void anAdvertGluedAfterAParagraphsLastSentenceGoesAndTheParagraphStays() {
        Cleaner.Result r = clean(Set.of(), "标题行",
                "2.规范组织生活。督促各支部按时召开支部委员会，提高组织生活质量。更多精品范文请关注公众号“某某范文网”",
                "群众反映的问题要件件有回音。",
                "感谢阅读。更多精品范文请关注公众号“某某范文网”");
        assertThat(r.lines()).extracting(Line::text).containsExactly("标题行",
                "2.规范组织生活。督促各支部按时召开支部委员会，提高组织生活质量。", "群众反映的问题要件件有回音。");
        assertThat(r.removed()).extracting(RemovedText::lineNumber, RemovedText::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "更多精品范文请关注公众号“某某范文网”"),
                org.assertj.core.groups.Tuple.tuple(4, "感谢阅读。更多精品范文请关注公众号“某某范文网”"));
    }

    @Test
    void aSellersContactGluedAfterALongParagraphGoesAndTheParagraphStays() {
        String paragraph = "组织“返家乡”社会实践，募集实践岗位3200个，吸引大学生返乡实践4100人次。开展青年志愿服务，全市注册青年志愿者达到"
                + "14.2万人，在文明城市创建、疫情防控、大型赛会等工作中发挥了生力军作用。";
        // a wrapped line whose next words hold the same marks with a clause is text
        String wrapped = "各镇团委依托基层组织开展青年工作，取得了较好的成效，得到了各方面的充分肯定和广泛好评，各级团组织凝聚力明显增强。"
                + "各村建立青年微信群和QQ群，及时";
        Cleaner.Result r = clean(Set.of(), "标题行", paragraph + "更多精品范文请加QQ群：563218820获取", wrapped);
        assertThat(r.lines()).extracting(Line::text).containsExactly("标题行", paragraph, wrapped);
        assertThat(r.removed()).extracting(RemovedText::text).containsExactly("更多精品范文请加QQ群：563218820获取");
    }

    @Test
    void aSellersIdOrAddressGluedAfterAShortParagraphsLastSentenceGoes() {
        // paragraphs of 26 to 80 characters, whose single mark alone would not condemn them
        String one = "运用党的创新理论指导组织工作实践的能力还有待提升。";
        String two = "群众安全感满意度连续三年位居全县前列。";
        String three = "坚决予以通报曝光，严肃追责问责。";
        // a government address in the text's own sentence is no seller's
        String own = "具体办法详见县政府网站通知公告栏目，网址www.example.gov.cn。";
        Cleaner.Result r = clean(Set.of(), "标题行", one + "WX：djyk_88", two + "更多精彩范文请访问某某网www.example.net",
                three + "【更多内容请加微信 gwsc_2025 获取】", own);
        assertThat(r.lines()).extracting(Line::text).containsExactly("标题行", one, two, three, own);
        assertThat(r.removed()).extracting(RemovedText::text).containsExactly("WX：djyk_88",
                "更多精彩范文请访问某某网www.example.net", "【更多内容请加微信 gwsc_2025 获取】");
    }

    @Test
    void aFollowPromptInBracketsGluedAfterTheLastSentenceGoes() {
        String paragraph = "作为一名年轻党员，我将把党纪学习教育的成果转化为依法治税、优化服务的实际行动，努力做一名忠诚干净担当的税务人。";
        // brackets of the text's own after a sentence stay (（详见附件）, （点击量统计见表2）)
        String own = "全年网站点击量达到120万次，同比增长35%。（点击量统计见表2）";
        Cleaner.Result r = clean(Set.of(), "标题行", paragraph + "（全文共3篇，更多党纪学习心得请点击下方“阅读原文”）", own);
        assertThat(r.lines()).extracting(Line::text).containsExactly("标题行", paragraph, own);
    }

    @Test
    void aLineNamingTwoWaysToReachASellerGoes() {
        Cleaner.Result r = clean(Set.of(), "标题行", "我们将持续抓好整改落实。", "客服微信：bgz_sucai2024　　QQ：3287716540",
                "如有疑问请联系客服：0xxx-6012345，工作日9:00-17:00。");
        assertThat(r.lines()).extracting(Line::text).containsExactly("标题行", "我们将持续抓好整改落实。",
                "如有疑问请联系客服：0xxx-6012345，工作日9:00-17:00。");
    }

    @Test
    void aCreditGluedAfterAParagraphsLastSentenceGoesAndTheParagraphStays() {
        Cleaner.Result r = clean(Set.of(), "标题行",
                "在村民微信群公示。办结后由村民代表进行评议，评议结果作为村干部考核的重要依据。（本文由笔杆子素材库整理，转载请注明出处）",
                "本站所有文章均来自网络，如有侵权请联系删除。");
        assertThat(r.lines()).extracting(Line::text).containsExactly("标题行", "在村民微信群公示。办结后由村民代表进行评议，评议结果作为村干部考核的重要依据。");
        assertThat(r.removed()).extracting(RemovedText::ruleId, RemovedText::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("notice.credit-bracket", "（本文由笔杆子素材库整理，转载请注明出处）"),
                org.assertj.core.groups.Tuple.tuple("notice.copyright", "本站所有文章均来自网络，如有侵权请联系删除。"));
    }

    @Test
    void anItemOfAListTheTextIntroducesKeepsItsOneWeakMark() {
        Cleaner.Result r = clean(Set.of(), "标题行", "梳理出本地高发的五类诈骗。这五类诈骗是：", "刷单返利诈骗", "扫码领取补贴诈骗",
                "冒充客服退款诈骗", "免费领取礼品诈骗", "虚假投资理财诈骗");
        assertThat(r.lines()).extracting(Line::text).contains("扫码领取补贴诈骗", "免费领取礼品诈骗");
        assertThat(r.removed()).isEmpty();
    }

    @Test
    void aSellersContactsUnderALineEndingWithAColonStillGo() {
        Cleaner.Result r = clean(Set.of(), "标题行", "全文完。获取方式：", "扫码关注", "免费领取全套模板", "笔杆子公文", "每日更新");
        assertThat(r.lines()).extracting(Line::text).containsExactly("标题行", "全文完。获取方式：", "笔杆子公文");
    }

    @Test
    void anAdvertWithNoSentenceBeforeItGoesWhole() {
        Cleaner.Result r = clean(Set.of(), "标题行", "关注公众号“某某范文网”，免费领取本文Word版。更多精品范文请进店", "正文第一句。");
        assertThat(r.lines()).extracting(Line::text).containsExactly("标题行", "正文第一句。");
    }

    @Test
    void anAttachmentsFormatInsideTheTextStays() {
        Cleaner.Result r = clean(Set.of(), "关于申报2024年项目的通知", "附件：项目申报表（word版）");
        assertThat(r.lines()).extracting(Line::text).containsExactly("关于申报2024年项目的通知", "附件：项目申报表（word版）");
        assertThat(r.removed()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            '　　正文开头缩进。'           | 正文开头缩进。
            '    半角空格缩进。  '          | 半角空格缩进。
            '	制表符缩进。'               | 制表符缩进。
            要〝打通〞最后一公里。          | 要“打通”最后一公里。
            妥善处臵遗留问题。             | 妥善处置遗留问题。
            数字 12 和 English 不变。     | 数字 12 和 English 不变。
            """)
    void normalisationOnlyWhereUnambiguous(String raw, String expected) {
        assertThat(Cleaner.normalise(raw)).isEqualTo(expected);
    }

    @Test
    void aSellersLabelAloneOnALineGoesButTheWordsInASentenceStay() {
        Cleaner.Result r = clean(Set.of(), "下载后可编辑", "2024年全市经验交流材料汇编", "【Word版】",
                "各单位要及时修改完善材料，word版和盖章扫描件一并报送。");
        assertThat(r.lines()).extracting(Line::text).containsExactly("2024年全市经验交流材料汇编",
                "各单位要及时修改完善材料，word版和盖章扫描件一并报送。");
        assertThat(r.removed()).extracting(RemovedText::ruleId).containsOnly("notice.editable");
    }

    @Test
    void theTagsListedUnderAPagesTagLineGoWithIt() {
        Cleaner.Result r = clean(Set.of(), "乡镇党委书记述职报告", "引回创业能人26名，培育村级后备力量48名。", "标签：", "述职报告", "党建");
        assertThat(r.lines()).extracting(Line::text).containsExactly("乡镇党委书记述职报告", "引回创业能人26名，培育村级后备力量48名。");
        assertThat(r.removed()).extracting(RemovedText::ruleId).containsExactly("web.tags", Cleaner.LINK_LIST_ID, Cleaner.LINK_LIST_ID);
    }

    @Test
    void indentationIsRememberedForReflow() {
        Cleaner.Result r = clean(Set.of(), "标题", "　　缩进的段落。", "不缩进的行");
        assertThat(r.lines()).extracting(Line::indented).containsExactly(false, true, false);
    }

    @Test
    void theAdvertBlockAtTheHeadGoesWholeIncludingUnmarkedLinesInside() {
        Cleaner.Result r = clean(Set.of(), "仅供学习 禁止外传", "某某文行", "根据需求不断迭代更新", "现在订阅立享全部资料", "",
                "在全县工作会议上的讲话", "同志们：");
        assertThat(r.lines()).extracting(Line::text).containsExactly("在全县工作会议上的讲话", "同志们：");
        assertThat(r.removed()).extracting(RemovedText::ruleId).containsOnly(Cleaner.HEAD_BLOCK_ID);
        assertThat(r.removed()).extracting(RemovedText::lineNumber).containsExactly(1, 2, 3, 4);
    }

    @Test
    void theHeadBlockIsItsFirstPagesAndACompilationsTitleEndsIt() {
        String header = "【某某材料铺】每日更新　开通年度会员无限下载　添加客服微信：bgz2024";
        // the seller's header again at the top of the next page: the cover between is the material's
        Cleaner.Result r = new Cleaner(RULES, Set.of()).clean(List.of(RawLine.plain(header), RawLine.plain("全县调研报告汇集"),
                RawLine.plain("中共某某县委政策研究室　编印"), new RawLine(header, null, true, false), RawLine.plain("目　录")), List.of());
        assertThat(r.lines()).extracting(Line::text).containsExactly("全县调研报告汇集", "中共某某县委政策研究室　编印", "目　录");
        // a compilation's title with its year in brackets begins the material
        assertThat(Cleaner.beginsTheText("全县优秀调研报告选编（2024）")).isTrue();
        assertThat(Cleaner.beginsTheText("每日更新（限时）")).isFalse();
    }

    @Test
    void aFramedAdvertBlockAtTheHeadGoesWithItsFrame() {
        Cleaner.Result r = clean(Set.of(), "━━━━━━━━━━━━━━━━━━━━", "某某素材网　会员价格表",
                "月度会员　29元　　季度会员　69元　　年度会员　199元", "开通会员即可无限下载全站精品范文",
                "━━━━━━━━━━━━━━━━━━━━", "青禾县自然资源局2024年上半年工作总结", "今年以来，我局各项工作取得阶段性成效。");
        assertThat(r.lines()).extracting(Line::text).containsExactly("青禾县自然资源局2024年上半年工作总结", "今年以来，我局各项工作取得阶段性成效。");
        assertThat(r.removed()).extracting(RemovedText::ruleId).contains(Cleaner.HEAD_BLOCK_ID, "web.separator");
    }

    @Test
    void theHeadBlockStopsWhereTheMaterialBeginsAndALaterNoticeGoesAlone() {
        Cleaner.Result r = clean(Set.of(), "某某素材网 - 专注公文写作素材分享", "在全市基层党建工作推进会上的讲话", "市委副书记　王某某",
                "同志们：", "　　今天我们召开这次会议，主要任务是总结工作。", "温馨提示：本文档为会员专享内容，请勿外传");
        assertThat(r.lines()).extracting(Line::text).containsExactly("在全市基层党建工作推进会上的讲话", "市委副书记　王某某",
                "同志们：", "今天我们召开这次会议，主要任务是总结工作。");
        assertThat(r.removed()).extracting(RemovedText::lineNumber).containsExactly(1, 6);
    }

    @Test
    void aCompilationsTitleBetweenAdvertLinesEndsTheHeadBlock() {
        Cleaner.Result r = clean(Set.of(), "【某某素材库】每日更新精品材料，会员群：12345678", "", "2024年经验交流材料汇编（2篇）",
                "（下载后可编辑，素材库会员专享）", "", "小网格托起大民生", "青禾县某某街道党工委");
        assertThat(r.lines()).extracting(Line::text).containsExactly("2024年经验交流材料汇编（2篇）", "小网格托起大民生",
                "青禾县某某街道党工委");
        assertThat(r.removed()).extracting(RemovedText::lineNumber).containsExactly(1, 4);
    }

    @Test
    void aTitleBeforeTheAdvertsIsNotPartOfTheHeadBlockButAShortNoticeLineStillGoes() {
        Cleaner.Result r = clean(Set.of(), "在全县工作会议上的讲话", "仅供学习 禁止外传", "同志们：");
        assertThat(r.lines()).extracting(Line::text).containsExactly("在全县工作会议上的讲话", "同志们：");
        assertThat(r.removed()).extracting(RemovedText::ruleId).containsExactly("head.private");
    }

    @Test
    void aDisabledRuleRemovesNothing() {
        Cleaner.Result r = clean(Set.of("web.discuss", "paywall.marker"), "标题", "欢迎参与讨论", "##paidbegin##正文。");
        assertThat(r.lines()).extracting(Line::text).containsExactly("标题", "欢迎参与讨论", "##paidbegin##正文。");
        assertThat(r.removed()).isEmpty();
    }

    @Test
    void aPdfLineThatRunsToTheMarginAtTheTopOfTwoPagesIsTextNotARunningHeader() {
        String same = "由纪检监察机关牵头，采取随机抽查、交叉检查等方式开展";
        List<org.wenzhai.importing.formats.RawLine> raw = List.of(
                new org.wenzhai.importing.formats.RawLine("第一页的最后一句话已经结束。", null, false, false),
                new org.wenzhai.importing.formats.RawLine(same, null, true, false, true),
                new org.wenzhai.importing.formats.RawLine("专项督查23轮，发现问题3个。", null, false, false),
                new org.wenzhai.importing.formats.RawLine(same, null, true, false, true),
                new org.wenzhai.importing.formats.RawLine("专项督查9轮，发现问题3个。", null, false, false));
        Cleaner.Result r = new Cleaner(NoiseRules.builtIn(), Set.of()).clean(raw, new java.util.ArrayList<>());
        assertThat(r.lines()).extracting(Line::text).containsExactly("第一页的最后一句话已经结束。", same, "专项督查23轮，发现问题3个。",
                same, "专项督查9轮，发现问题3个。");
        assertThat(r.removed()).isEmpty();
    }

    @Test
    void aBulletinsNameAtTheTopOfEachPdfPageGoesThoughItSpansTheColumnsAndItsTypeEndsAParagraph() {
        // (set across both columns it reaches the margin of the narrower text; in smaller type than the
        // title under it, it ends a paragraph)
        String name = "临川基层治理简报　2024年第5期";
        List<RawLine> raw = List.of(new RawLine(name, null, true, true, true),
                new RawLine("念好“山水经”　走活“生态路”", null, false, true, false),
                new RawLine("石门村位于临川县西部山区，全村有", null, false, false, true),
                new RawLine("8个村民小组、426户1580人。线上销售额", null, false, false, true),
                new RawLine(name, null, true, false, true),
                new RawLine("的四成以上，一批返乡青年找到了用武之地。", null, false, false, false));
        Cleaner.Result r = new Cleaner(RULES, Set.of()).clean(raw, List.of());
        assertThat(r.lines()).extracting(Line::text).doesNotContain(name);
        assertThat(r.removed()).extracting(RemovedText::ruleId).containsExactly(Cleaner.RUNNING_HEADER_ID, Cleaner.RUNNING_HEADER_ID);
    }

    @Test
    void whereThePagesAreNumberedWithDashesABareNumberIsText() {
        Cleaner.Result r = clean(Set.of(), "第一条　本方案适用于本县城乡供水工程。", "— 1 —", "附件：重点项目清单", "序号", "项目名称",
                "1", "白石水库水源保护工程", "2", "供水信息化平台建设", "650");
        assertThat(r.lines()).extracting(Line::text).contains("1", "2", "650").doesNotContain("— 1 —");
        assertThat(r.removed()).extracting(RemovedText::text).containsExactly("— 1 —");
        Cleaner.Result bare = clean(Set.of(), "第一段到此为止没有结束", "1", "第二页接着写。");
        assertThat(bare.removed()).extracting(RemovedText::text).containsExactly("1");
    }

    @Test
    void numbersOfATableWrittenOneCellALineAreNotPageNumbers() {
        Cleaner.Result r = clean(Set.of(), "联结方式", "户数", "占比", "订单收购", "312", "40.9", "合作社带动", "205", "26.9",
                "正文最后一行没有结束", "7", "下一页继续。");
        assertThat(r.lines()).extracting(Line::text).contains("312", "205").doesNotContain("7");
        assertThat(r.removed()).extracting(RemovedText::text).containsExactly("7");
    }

    @Test
    void aRemovedPageNumberMarksThePageBreakOnTheNextLine() {
        Cleaner.Result r = clean(Set.of(), "标题", "正文第一页的最后一行没有结束", "- 2 -", "第二页继续。");
        assertThat(r.lines().get(2).pageBreakBefore()).isTrue();
        assertThat(r.lines().get(1).pageBreakBefore()).isFalse();
    }

    @Test
    void aShortLineRepeatedAtPageBreaksIsARunningHeader() {
        Cleaner.Result r = clean(Set.of(), "关于某项工作的报告", "第一页正文。", "- 1 -", "某某县人民政府办公室", "第二页正文。", "- 2 -",
                "某某县人民政府办公室", "第三页正文。", "某某县人民政府办公室在会上作了发言。");
        assertThat(r.lines()).extracting(Line::text).containsExactly("关于某项工作的报告", "第一页正文。", "第二页正文。",
                "第三页正文。", "某某县人民政府办公室在会上作了发言。");
        assertThat(r.removed()).extracting(RemovedText::ruleId)
                .containsExactly("page.number", Cleaner.RUNNING_HEADER_ID, "page.number", Cleaner.RUNNING_HEADER_ID);
        assertThat(r.lines().get(2).pageBreakBefore()).isTrue();
    }

    @Test
    void aFooterSeenOnlyTwiceGoesWhenTheLastPageNumberEndsTheText() {
        Cleaner.Result r = clean(Set.of(), "在全县经济工作会议上的讲话", "同志们：", "经济回升向好。", "某某市委办公室编印", "- 1 -",
                "二、稳增长", "扩大有效投资。", "某某市委办公室编印", "- 2 -");
        assertThat(r.lines()).extracting(Line::text).containsExactly("在全县经济工作会议上的讲话", "同志们：", "经济回升向好。",
                "二、稳增长", "扩大有效投资。");
        assertThat(r.removed()).extracting(RemovedText::ruleId).containsExactly(Cleaner.RUNNING_HEADER_ID, "page.number",
                Cleaner.RUNNING_HEADER_ID, "page.number");
    }

    @Test
    void headersThatNameEachArticleKeepTheArticlesTitleAtTheTopOfItsFirstPage() {
        List<RawLine> raw = new java.util.ArrayList<>();
        String[][] pages = {{"甲县推进乡村治理的做法", "甲县县委组织部", "甲县坚持党建引领。"}, {"甲县推进乡村治理的做法", "网格覆盖全县。"},
            {"乙区打造红色物业的探索", "乙区住建局党组", "乙区推行红色物业。"}, {"乙区打造红色物业的探索", "居民满意度提升。"}};
        for (String[] page : pages) {
            for (int k = 0; k < page.length; k++) {
                raw.add(new RawLine(page[k], null, k == 0, false));
            }
        }
        Cleaner.Result r = new Cleaner(RULES, Set.of()).clean(raw, List.of());
        assertThat(r.lines()).extracting(Line::text).containsExactly("甲县推进乡村治理的做法", "甲县县委组织部", "甲县坚持党建引领。",
                "网格覆盖全县。", "乙区打造红色物业的探索", "乙区住建局党组", "乙区推行红色物业。", "居民满意度提升。");
        assertThat(r.removed()).extracting(RemovedText::lineNumber).containsExactly(4, 9);
    }

    @Test
    void wordParagraphsAtPageBreaksAreNeverTakenForRunningHeaders() {
        // a contents entry before a page break and the article it names after the next one (Word)
        List<RawLine> raw = List.of(new RawLine("经验材料汇编", null, false, true), new RawLine("丙县做法", null, false, true),
                new RawLine("甲县做法", null, true, true), new RawLine("甲县坚持规划引领。", null, false, true),
                new RawLine("丙县做法", null, true, true), new RawLine("丙县坚持品牌赋能。", null, false, true));
        Cleaner.Result r = new Cleaner(RULES, Set.of()).clean(raw, List.of());
        assertThat(r.lines()).hasSize(6);
        assertThat(r.removed()).isEmpty();
    }

    @Test
    void aTitleThatSpeechesShareAtTheTopOfTheirPagesStaysAndSoDoesACoverOfOneLine() {
        List<RawLine> raw = new java.util.ArrayList<>();
        raw.add(new RawLine("全县安全生产工作会议表态发言汇编", null, true, false));
        String[][] pages = {{"表态发言", "某某镇党委书记　周某", "同志们：", "我镇将压实安全生产责任。"},
            {"表态发言", "某某县交通运输局局长　孙某", "同志们：", "我局将全面排查道路隐患。"}};
        for (String[] page : pages) {
            for (int k = 0; k < page.length; k++) {
                raw.add(new RawLine(page[k], null, k == 0, false));
            }
        }
        Cleaner.Result r = new Cleaner(RULES, Set.of()).clean(raw, List.of());
        assertThat(r.lines()).extracting(Line::text).startsWith("全县安全生产工作会议表态发言汇编", "表态发言").contains("某某县交通运输局局长　孙某");
        assertThat(r.lines()).extracting(Line::text).filteredOn("表态发言"::equals).hasSize(2);
        assertThat(r.removed()).isEmpty();
    }

    @Test
    void aLongerLineUnderATagLineIsTextAgain() {
        Cleaner.Result r = clean(Set.of(), "本人担任县发改局副局长，分管项目工作。", "标签：述职报告", "2024年度个人工作总结", "一年来，我认真履行岗位职责。");
        assertThat(r.lines()).extracting(Line::text).containsExactly("本人担任县发改局副局长，分管项目工作。", "2024年度个人工作总结",
                "一年来，我认真履行岗位职责。");
    }

    @Test
    void aRepeatedSubheadingAwayFromPageBreaksStays() {
        Cleaner.Result r = clean(Set.of(), "经验材料汇编", "主要做法", "正文。", "主要做法", "正文。", "主要做法", "正文。");
        assertThat(r.lines()).hasSize(7);
    }

    @Test
    void whatTheReaderRemovedIsKeptInOrder() {
        RemovedText fromReader = new RemovedText("pdf.running-header", 3, "某某县人民政府文件");
        Cleaner.Result r = new Cleaner(RULES, Set.of()).clean(
                List.of(RawLine.plain("标题"), RawLine.plain("欢迎参与讨论"), RawLine.plain("正文。"), RawLine.plain("- 2 -")),
                List.of(fromReader));
        assertThat(r.removed()).extracting(RemovedText::lineNumber).containsExactly(2, 3, 4);
        assertThat(r.removed()).contains(fromReader);
    }

    @Test
    void aLibraryRulesFileAddsAndReplacesRules(@TempDir Path lib) throws Exception {
        Files.writeString(lib.resolve(NoiseRules.LIBRARY_FILE), """
                # our own
                my.stamp   line   /本材料由.{1,10}整理/   Our group's stamp
                web.discuss line  /永远不会出现的句子/      Turned into something harmless
                """);
        NoiseRules rules = NoiseRules.forLibrary(lib);
        assertThat(rules.contains("my.stamp")).isTrue();
        Cleaner.Result r = new Cleaner(rules, Set.of()).clean(
                List.of(RawLine.plain("标题"), RawLine.plain("本材料由某某小组整理"), RawLine.plain("欢迎参与讨论")), List.of());
        assertThat(r.lines()).extracting(Line::text).containsExactly("标题", "欢迎参与讨论");
        assertThat(r.removed()).extracting(RemovedText::ruleId).containsExactly("my.stamp");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            x.y line                        | expected: ID KIND /PATTERN/ DESCRIPTION
            x.y sometimes /a/ d             | unknown kind
            x.y line a/ d                   | between slashes
            x.y line /a d                   | no closing slash
            x.y line /a[/ d                 | bad pattern
            """)
    void aMalformedRulesFileIsRejectedWithItsLineNumber(String line, String message) {
        assertThatThrownBy(() -> NoiseRules.parse("# header\n" + line, "rules.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rules.txt line 2")
                .hasMessageContaining(message);
    }

    @Test
    void everyBuiltInRuleHasAUniqueIdAndADescription() {
        assertThat(RULES.all()).extracting(NoiseRule::id).doesNotHaveDuplicates();
        assertThat(RULES.all()).allSatisfy(r -> assertThat(r.description()).isNotBlank());
    }

    @Test
    void theLinksListedAfterAFollowOrRelatedHeaderGoUntilTheTextResumes() {
        Cleaner.Result r = clean(Set.of(), "为基层减负", "减负减的是形式主义。", "往期推荐",
                "▶ 如何当好新时代的村党组织书记？这份“工作指南”请收好", "▶ 关于开展2024年度发展党员工作的通知",
                "图解｜一图读懂基层治理“十项举措”", "以上内容仅供参考，各单位要结合实际抓好落实。");
        assertThat(r.lines()).extracting(Line::text).containsExactly("为基层减负", "减负减的是形式主义。",
                "以上内容仅供参考，各单位要结合实际抓好落实。");
        assertThat(r.removed()).extracting(RemovedText::ruleId).containsExactly("web.follow", Cleaner.LINK_LIST_ID,
                Cleaner.LINK_LIST_ID, Cleaner.LINK_LIST_ID);
        // a shop's list of its other products, numbered
        r = clean(Set.of(), "为基层减负", "减负减的是形式主义。", "本店其他精品材料推荐（点击下载）：",
                "1.2024年领导班子民主生活会对照检查材料（5篇）", "2.党支部书记抓党建工作述职报告（8篇）");
        assertThat(r.lines()).extracting(Line::text).containsExactly("为基层减负", "减负减的是形式主义。");
        // a seller's request naming more of its texts heads no list: the compilation's first title under it stays
        r = clean(Set.of(), "读书班研讨发言范文4篇", "更多范文请关注微信公众号“公文素材宝”，回复“读书班”获取全部资料",
                "范文一：《以学铸魂 筑牢信仰之基》", "按照读书班安排，我围绕主题谈几点体会。");
        assertThat(r.lines()).extracting(Line::text).containsExactly("读书班研讨发言范文4篇", "范文一：《以学铸魂 筑牢信仰之基》",
                "按照读书班安排，我围绕主题谈几点体会。");
        // turned off, the links stay
        assertThat(clean(Set.of(Cleaner.LINK_LIST_ID), "为基层减负", "往期推荐", "▶ 关于开展发展党员工作的通知").lines())
                .extracting(Line::text).containsExactly("为基层减负", "▶ 关于开展发展党员工作的通知");
    }

    @Test
    void aPortalsUtilityBarWithAsciiBarsGoes() {
        Cleaner.Result r = clean(Set.of(), "首页 | 无障碍 | 长者模式 | English 今天是：2024年4月12日 星期五", "某某县召开推进会");
        assertThat(r.lines()).extracting(Line::text).containsExactly("某某县召开推进会");
        assertThat(r.removed()).extracting(RemovedText::ruleId).containsExactly("web.topbar");
    }

    @Test
    void aPageNumberLeftAfterTheFullStopOfAPagesLastLineIsCutOff() {
        Cleaner.Result r = clean(Set.of(), "标题行", "率100%，为消费者挽回经济损失187.4万元。 - 3 -", "全年增长了3 - 5个百分点");
        assertThat(r.lines()).extracting(Line::text).containsExactly("标题行", "率100%，为消费者挽回经济损失187.4万元。",
                "全年增长了3 - 5个百分点");
        assertThat(r.removed()).extracting(RemovedText::ruleId).containsExactly("page.number-after");
    }

    @Test
    void aRunningHeaderAfterAPageNumberStuckToAHeadingGoes() {
        Cleaner.Result r = clean(Set.of(), "某某县水利局2023年工作总结和2024年工作计划", "（一）水利建设扎实推进",
                "全年完成水利投资12亿元。", "－ 1 －", "某某县水利局2023年工作总结", "（二）水资源管理持续加强",
                "全年用水总量控制在指标以内。", "（三）行业管理不断规范－ 2 －", "某某县水利局2023年工作总结", "全年查处案件23起。");
        assertThat(r.lines()).extracting(Line::text).containsExactly("某某县水利局2023年工作总结和2024年工作计划",
                "（一）水利建设扎实推进", "全年完成水利投资12亿元。", "（二）水资源管理持续加强", "全年用水总量控制在指标以内。",
                "（三）行业管理不断规范", "全年查处案件23起。");
        assertThat(r.removed()).extracting(RemovedText::ruleId).containsExactly("page.number", "page.running-header",
                "page.number-after", "page.running-header");
    }

    @Test
    void aSitesNoticeBeforeAGluedCopyrightNoticeGoesToo() {
        Cleaner.Result r = clean(Set.of(), "标题行", "本文档由用户上传，仅供学习参考。如有侵权请联系删除。",
                "全年办结群众诉求2600余件，办结率99%。");
        assertThat(r.lines()).extracting(Line::text).containsExactly("标题行", "全年办结群众诉求2600余件，办结率99%。");
        assertThat(r.removed()).extracting(RemovedText::ruleId).containsExactly("notice.copyright", "notice.download");
    }

    @Test
    void aSellersListingTitleOverTheDocumentsOwnGoes() {
        Cleaner.Result r = clean(Set.of(), "【VIP专享】2023年社区党支部书记抓党建工作述职报告（精选）", "下载后可编辑", "",
                "2023年社区党支部书记抓党建工作述职报告", "", "按照街道党工委统一部署，现将有关情况报告如下。");
        assertThat(r.lines()).extracting(Line::text).containsExactly("2023年社区党支部书记抓党建工作述职报告",
                "按照街道党工委统一部署，现将有关情况报告如下。");
        assertThat(r.removed()).extracting(RemovedText::ruleId).containsExactly("notice.member-tag", Cleaner.HEAD_BLOCK_ID,
                "notice.editable");
        // a compilation's own 精选 with no plainer title under it stays its title
        assertThat(clean(Set.of(), "2023年优秀调研报告（精选）", "目录", "一、关于乡村振兴的调研报告").lines())
                .extracting(Line::text).first().isEqualTo("2023年优秀调研报告（精选）");
        // turned off with the head block, the listing stays
        assertThat(clean(Set.of(Cleaner.HEAD_BLOCK_ID), "党支部书记述职报告（精选）", "党支部书记述职报告").lines())
                .extracting(Line::text).containsExactly("党支部书记述职报告（精选）", "党支部书记述职报告");
    }

    @Test
    void aPageNumberStuckToAHeadingOrAWordIsCutOff() {
        Cleaner.Result r = clean(Set.of(), "标题行", "（五）水利行业管理不断规范－ 2 －", "全年查处水事违法案件12起，结案率达到96%。第2页 共3页",
                "计划在2024－2026年完成", "防汛物资储备3－5天");
        assertThat(r.lines()).extracting(Line::text).containsExactly("标题行", "（五）水利行业管理不断规范",
                "全年查处水事违法案件12起，结案率达到96%。", "计划在2024－2026年完成", "防汛物资储备3－5天");
        assertThat(r.removed()).extracting(RemovedText::ruleId, RemovedText::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("page.number-after", "－ 2 －"),
                org.assertj.core.groups.Tuple.tuple("page.number-cn-glued", "第2页 共3页"));
    }
}
