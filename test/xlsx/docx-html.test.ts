import { docxHtmlToText } from "../../src/xlsx/docx-html";

describe("docxHtmlToText (mammoth's HTML → the reader's text)", () => {
  it("one paragraph per line, headings and list items too, entities decoded", () => {
    const html = "<h1>NGHỊ QUYẾT</h1><p>Về nhiệm vụ năm 2025 &amp; các <strong>chỉ tiêu</strong></p><ul><li>Kết nạp 90 đảng viên</li><li>Có&#160;90% &lt;đảng viên&gt;</li></ul><p>dòng một<br />dòng hai</p>";
    expect(docxHtmlToText(html)).toBe("NGHỊ QUYẾT\n\nVề nhiệm vụ năm 2025 & các chỉ tiêu\n\nKết nạp 90 đảng viên\n\nCó 90% <đảng viên>\n\ndòng một\n\ndòng hai");
  });

  it("a table row is one line of tab-separated cells; paragraphs inside a cell are joined", () => {
    const html = "<table><tr><th><p>STT</p></th><th><p>Chỉ tiêu</p></th><th><p>Kế hoạch</p></th></tr><tr><td><p>1</p></td><td><p>Kết nạp</p><p>đảng viên mới</p></td><td><p>90</p></td></tr></table><p>Sau bảng</p>";
    expect(docxHtmlToText(html)).toBe("STT\tChỉ tiêu\tKế hoạch\n\n1\tKết nạp đảng viên mới\t90\n\nSau bảng");
  });

  it("merged cells keep the columns in place (rowspan and colspan)", () => {
    const html =
      '<table><tr><td>STT</td><td>Chỉ tiêu</td><td colspan="2">Năm 2025</td><td>Kế hoạch</td></tr>' +
      '<tr><td rowspan="2">1</td><td>Kết nạp đảng viên mới</td><td>a</td><td>b</td><td>90</td></tr>' +
      "<tr><td>Trong đó: học sinh, sinh viên</td><td>c</td><td>d</td><td>15</td></tr></table>";
    expect(docxHtmlToText(html).split("\n\n")).toEqual([
      "STT\tChỉ tiêu\tNăm 2025\t\tKế hoạch",
      "1\tKết nạp đảng viên mới\ta\tb\t90",
      "\tTrong đó: học sinh, sinh viên\tc\td\t15",
    ]);
  });

  it("a nested table is flattened into its cell", () => {
    const html = "<table><tr><td>1</td><td>Ngoài<table><tr><td>trong A</td><td>trong B</td></tr></table></td><td>90</td></tr></table>";
    expect(docxHtmlToText(html)).toBe("1\tNgoài trong A trong B\t90");
  });

  it("never throws on broken markup", () => {
    for (const h of ["<table><tr><td>", "</td></tr></table>", "<p", "&#xFFFFFFF; &bogus;", '<td rowspan="999999">x</td>']) expect(typeof docxHtmlToText(h)).toBe("string");
  });
});
