package org.wenzhai.importing.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wenzhai.domain.Hashes;
import org.wenzhai.domain.ImportedArticle;
import org.wenzhai.domain.ImportedBlock;
import org.wenzhai.domain.ImportedDocument;
import org.wenzhai.domain.SourceFile;
import org.wenzhai.importing.ImportOptions;
import org.wenzhai.importing.PipelineParser;
import org.wenzhai.importing.clean.NoiseRules;

/** A Word document through the whole pipeline: numbering and heading styles become the tree. */
class DocxPipelineTest {
    @Test
    void wordNumberingAndHeadingStylesBecomeHeadingLevels() throws Exception {
        byte[] bytes = DocxFixtures.officialNotice();
        ImportedDocument doc = new PipelineParser(List.of(new DocxReader()), NoiseRules.builtIn()).parse(
                new SourceFile("通知.docx", "/m/通知.docx", "docx", bytes, Hashes.sha256Hex(bytes)), ImportOptions.defaults());
        assertThat(doc.title()).isEqualTo("关于做好基层治理工作的通知");
        ImportedArticle a = doc.articles().get(0);
        List<String> rendered = a.blocks().stream()
                .map(b -> (b.level() == null ? "P " : "H" + b.level() + " ") + b.text()).toList();
        assertThat(rendered).startsWith("P 各乡镇人民政府，县直各部门：");
        assertThat(a.blocks()).contains(ImportedBlock.heading(1, "一、加强组织领导"),
                ImportedBlock.heading(2, "（一）压实工作责任"), ImportedBlock.paragraph("各级党组织要把基层治理摆上重要议程。"),
                ImportedBlock.heading(1, "二、强化督促检查"));
        // paragraphs that Word ends are never joined, even without a sentence end
        assertThat(rendered).doesNotContain("P 第一行第二行");
    }

    @Test
    void aManualLineBreakInsideASentenceIsJoinedAndOneAfterAFullStopOrInASignatureIsKept() throws Exception {
        ImportedDocument doc = parsed(d -> {
            d.createParagraph().createRun().setText("关于推进村级组织规范化建设的情况报告");
            broken(d.createParagraph(), "推行“四议两公开”工作法，健全村级重大事项决策清单，", "村级事务公开率达到100%。",
                    "全镇共培育村级后备力量85名。");
            broken(d.createParagraph(), "某某镇党委", "2024年3月5日");
        });
        List<String> texts = doc.articles().stream().flatMap(a -> a.blocks().stream()).map(ImportedBlock::text).toList();
        assertThat(texts).contains("推行“四议两公开”工作法，健全村级重大事项决策清单，村级事务公开率达到100%。",
                "全镇共培育村级后备力量85名。");
        assertThat(String.join("|", texts)).doesNotContain("某某镇党委2024");
    }

    @Test
    void aShortPassageBrokenByHandMidSentenceIsJoinedWithoutAWrapWidthToGoBy() throws Exception {
        ImportedDocument doc = parsed(d -> {
            d.createParagraph().createRun().setText("县应急管理局2024年工作总结");
            broken(d.createParagraph(), "建立周调度工作机制，对进度滞后的单位由分管", "领导约谈提醒，推动工作落地见效。持续开展“净网”",
                    "专项行动，解决了一批难题。");
            broken(d.createParagraph(), "全年累计投入资金2380", "万元，直接惠及群众", "4200余户。开展明察暗访2", "1次。");
        });
        assertThat(doc.articles().get(0).blocks()).extracting(ImportedBlock::text).containsExactly(
                "建立周调度工作机制，对进度滞后的单位由分管领导约谈提醒，推动工作落地见效。持续开展“净网”专项行动，解决了一批难题。", "全年累计投入资金2380万元，直接惠及群众4200余户。开展明察暗访21次。");
    }

    @Test
    void aHeadingWhoseBodyBeganOnItsLineGoesOnPastABreakInsideTheSentence() throws Exception {
        ImportedDocument doc = parsed(d -> {
            d.createParagraph().createRun().setText("在全县防汛工作会议上的讲话");
            broken(d.createParagraph(), "（二）要看到风险依然突出。当前各领域风险交织叠加，", "加之今年汛期可能提前，防汛形势不容乐观。");
            broken(d.createParagraph(), "（三）要压实防汛责任", "各级各部门要把责任落实到每一个环节。");
        });
        assertThat(doc.articles().get(0).blocks()).extracting(ImportedBlock::text).containsExactly(
                "（二）要看到风险依然突出。", "当前各领域风险交织叠加，加之今年汛期可能提前，防汛形势不容乐观。",
                "（三）要压实防汛责任", "各级各部门要把责任落实到每一个环节。");
    }

    @Test
    void aNumberedHeadingBrokenByHandInTwoIsOneHeading() throws Exception {
        ImportedDocument doc = parsed(d -> {
            d.createParagraph().createRun().setText("在全市应急管理工作会议上的讲话");
            broken(d.createParagraph(), "一、加强学习，", "不断提高政治素质和业务能力");
            d.createParagraph().createRun().setText("各级干部要把学习作为第一需要。");
            broken(d.createParagraph(), "二、加强组织体系建设", "夯实基层应急管理基础");
            d.createParagraph().createRun().setText("健全乡镇应急管理机构，配齐专职人员。");
            broken(d.createParagraph(), "三、强化督促检查", "各级各部门要把责任落实到每一个环节，确保不留死角");
        });
        assertThat(doc.articles().get(0).blocks()).extracting(ImportedBlock::type, ImportedBlock::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(org.wenzhai.domain.BlockType.HEADING, "一、加强学习，不断提高政治素质和业务能力"),
                org.assertj.core.groups.Tuple.tuple(org.wenzhai.domain.BlockType.PARAGRAPH, "各级干部要把学习作为第一需要。"),
                org.assertj.core.groups.Tuple.tuple(org.wenzhai.domain.BlockType.HEADING, "二、加强组织体系建设夯实基层应急管理基础"),
                org.assertj.core.groups.Tuple.tuple(org.wenzhai.domain.BlockType.PARAGRAPH, "健全乡镇应急管理机构，配齐专职人员。"),
                org.assertj.core.groups.Tuple.tuple(org.wenzhai.domain.BlockType.HEADING, "三、强化督促检查"),
                org.assertj.core.groups.Tuple.tuple(org.wenzhai.domain.BlockType.PARAGRAPH, "各级各部门要把责任落实到每一个环节，确保不留死角"));
    }

    @Test
    void anArticleTitleInAnOutlineLevelBrokenByHandIsOneTitle() throws Exception {
        ImportedDocument doc = parsed(d -> {
            d.createParagraph().createRun().setText("全县基层党建经验交流材料汇编");
            for (String[] piece : new String[][] {{"以“三张清单”为抓手", "推动基层减负落地见效", "青禾县石门镇党委"},
                    {"“院坝会”开出", "干群连心路", "临溪县柳河村党支部"}}) {
                org.apache.poi.xwpf.usermodel.XWPFParagraph title = d.createParagraph();
                title.getCTP().addNewPPr().addNewOutlineLvl().setVal(java.math.BigInteger.ZERO);
                broken(title, piece[0], piece[1]);
                d.createParagraph().createRun().setText(piece[2]);
                d.createParagraph().createRun().setText("我们坚持问题导向，把减负举措落到实处，群众满意度持续提升。");
            }
        });
        assertThat(doc.articles()).extracting(ImportedArticle::title, ImportedArticle::author).containsExactly(
                org.assertj.core.groups.Tuple.tuple("以“三张清单”为抓手推动基层减负落地见效", "青禾县石门镇党委"),
                org.assertj.core.groups.Tuple.tuple("“院坝会”开出干群连心路", "临溪县柳河村党支部"));
    }

    @Test
    void aDocumentMadeFromAPdfWithEveryDisplayLineAParagraphIsReflowed() throws Exception {
        String[] paragraphs = {
            "今年以来，我镇坚持把基层治理作为重要抓手，聚焦群众急难愁盼问题，建立周调度、月通报工作机制，推动各项任务落地见效，群众满意度持续提升。",
            "一是建强网格队伍。全镇划分网格86个，配备专职网格员172名，开展业务培训12场次，网格员履职能力明显增强。二是完善考核机制，将网格工作纳入年度考核。",
            "下一步，我们将持续深化网格化管理，推动服务资源向基层下沉，不断提升基层治理体系和治理能力现代化水平，让群众有更多获得感。"};
        ImportedDocument doc = parsed(d -> {
            d.createParagraph().createRun().setText("青禾县石门镇基层治理工作情况汇报");
            lines(d, paragraphs[0]);
            lines(d, paragraphs[1]);
            d.createParagraph().createRun().setText("二、下一步工作打算");
            lines(d, paragraphs[2]);
        });
        assertThat(doc.articles().get(0).blocks()).containsExactly(ImportedBlock.paragraph(paragraphs[0]),
                ImportedBlock.paragraph(paragraphs[1]), ImportedBlock.heading(1, "二、下一步工作打算"),
                ImportedBlock.paragraph(paragraphs[2]));
    }

    @Test
    void shortParagraphsOfOneWidthWithoutSentencesAreNotTakenForDisplayLines() throws Exception {
        String[] names = {"青禾县石门镇党委书记　张某某同志", "青禾县柳河镇党委副书记　李某某同志", "临溪县农业农村局副局长　王某某同志",
            "临溪县人力资源社会保障局　赵某某同志", "青禾县石门镇人民政府镇长　刘某某同志", "临溪县柳河村党支部书记　陈某某同志",
            "青禾县应急管理局副局长　杨某某同志", "临溪县财政局预算股股长　黄某某同志", "青禾县卫生健康局副局长　周某某同志"};
        ImportedDocument doc = parsed(d -> {
            d.createParagraph().createRun().setText("关于表彰基层治理先进个人的决定");
            d.createParagraph().createRun().setText("经研究，决定对以下同志予以表彰：");
            for (String n : names) {
                d.createParagraph().createRun().setText(n);
            }
            d.createParagraph().createRun().setText("希望受表彰的同志珍惜荣誉，再接再厉。");
        });
        assertThat(doc.articles().get(0).blocks()).extracting(ImportedBlock::text).contains(names);
    }

    /** A paragraph as a PDF converter writes it: one Word paragraph per line of 26 characters, the first indented. */
    private static void lines(org.apache.poi.xwpf.usermodel.XWPFDocument d, String paragraph) {
        int at = 0;
        boolean first = true;
        while (at < paragraph.length()) {
            int width = first ? 24 : 26;
            String line = paragraph.substring(at, Math.min(paragraph.length(), at + width));
            org.apache.poi.xwpf.usermodel.XWPFParagraph p = d.createParagraph();
            if (first) {
                p.setIndentationFirstLine(480);
            }
            p.createRun().setText(line);
            at += width;
            first = false;
        }
    }

    /** A paragraph whose lines are apart by manual line breaks (Shift+Enter). */
    private static void broken(org.apache.poi.xwpf.usermodel.XWPFParagraph p, String... lines) {
        org.apache.poi.xwpf.usermodel.XWPFRun r = p.createRun();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i], i);
        }
    }

    @Test
    void aTitleBlockTypedWithManualBreaksKeepsItsSubtitleAndDateApart() throws Exception {
        ImportedDocument doc = parsed(d -> {
            broken(d.createParagraph(), "凝心聚力抓落实　砥砺奋进开新局", "——在县政府第三次全体会议上的讲话");
            broken(d.createParagraph(), "某某县人民政府县长　黄某远", "（2024年2月26日）");
            d.createParagraph().createRun().setText("同志们：");
            d.createParagraph().createRun().setText("这次全体会议的主要任务是，总结去年工作，部署今年任务。");
        });
        org.wenzhai.domain.ImportedArticle a = doc.articles().get(0);
        assertThat(a.title()).isEqualTo("凝心聚力抓落实　砥砺奋进开新局");
        assertThat(a.author()).isEqualTo("某某县人民政府县长 黄某远");
        assertThat(a.date()).isEqualTo(java.time.LocalDate.of(2024, 2, 26));
    }

    @Test
    void aShortParagraphAllInBoldIsAHeadingBelowTheOneBeforeIt() throws Exception {
        ImportedDocument doc = parsed(d -> {
            d.createParagraph().createRun().setText("关于基层治理工作的经验材料");
            bold(d.createParagraph(), "三、抓机制促长效，促治理力提升");
            bold(d.createParagraph(), "完善考核评价机制");
            d.createParagraph().createRun().setText("将基层治理成效纳入年度考核。");
            org.apache.poi.xwpf.usermodel.XWPFParagraph mixed = d.createParagraph();
            bold(mixed, "建立问题整改机制");
            mixed.createRun().setText("，对问题实行清单管理");
            bold(d.createParagraph(), "健全督查问责机制");
            bold(d.createParagraph(), "表1  主要指标完成情况");
            org.apache.poi.xwpf.usermodel.XWPFParagraph centred = d.createParagraph();
            centred.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
            bold(centred, "某某县人民政府办公室");
            bold(d.createParagraph(), "必须坚持问题导向。");
        });
        assertThat(doc.articles().get(0).blocks()).containsExactly(ImportedBlock.heading(1, "三、抓机制促长效，促治理力提升"),
                ImportedBlock.heading(2, "完善考核评价机制"), ImportedBlock.paragraph("将基层治理成效纳入年度考核。"),
                ImportedBlock.paragraph("建立问题整改机制，对问题实行清单管理"), ImportedBlock.heading(2, "健全督查问责机制"),
                ImportedBlock.paragraph("表1  主要指标完成情况"), ImportedBlock.paragraph("某某县人民政府办公室"),
                ImportedBlock.paragraph("必须坚持问题导向。"));
    }

    /** A Word document written by {@code content}, through the whole pipeline. */
    private static ImportedDocument parsed(java.util.function.Consumer<org.apache.poi.xwpf.usermodel.XWPFDocument> content)
            throws Exception {
        byte[] bytes = DocxFixtures.word(content);
        return new PipelineParser(List.of(new DocxReader()), NoiseRules.builtIn()).parse(
                new SourceFile("材料.docx", "/m/材料.docx", "docx", bytes, Hashes.sha256Hex(bytes)), ImportOptions.defaults());
    }

    private static void bold(org.apache.poi.xwpf.usermodel.XWPFParagraph p, String text) {
        org.apache.poi.xwpf.usermodel.XWPFRun r = p.createRun();
        r.setBold(true);
        r.setText(text);
    }
}
