using System.Globalization;
using System.Net;
using System.Text;

namespace Triage.Classifier.Evaluation;

// Precision against recall for every scorer, each with a dot at its routing threshold: the whole range on the
// left, the top-right corner (where the models differ) on the right. Written by hand: two axes and a few
// polylines need no plotting package.
public static class PrCurveSvg
{
    private const int Width = 1130, Height = 520, Top = 40, Bottom = 60, PanelWidth = 380, Legend = 190;
    private static readonly int[] Lefts = [70, 70 + PanelWidth + 70];
    private static readonly string[] Colours = ["#1f5fbf", "#d9822b", "#3a9a4a", "#a83279"];

    public static string Render(EvaluationReport report)
    {
        var svg = new StringBuilder();
        svg.AppendLine($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"sans-serif\" font-size=\"12\">");
        svg.AppendLine($"<rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>");
        svg.AppendLine($"<text x=\"{Lefts[0]}\" y=\"22\" font-size=\"14\">{Escape(report.Title)}: precision against recall (right: the corner above 0.95, magnified)</text>");
        Panel(svg, report, Lefts[0], 0, 1);
        Panel(svg, report, Lefts[1], 0.95, 1);

        var legendX = Width - Legend + 10;
        for (var s = 0; s < report.Scorers.Count; s++)
        {
            var scorer = report.Scorers[s];
            var y = Top + 10 + s * 36;
            svg.AppendLine($"<line x1=\"{legendX}\" y1=\"{y}\" x2=\"{legendX + 25}\" y2=\"{y}\" stroke=\"{Colours[s % Colours.Length]}\" stroke-width=\"3\"/>");
            svg.AppendLine($"<text x=\"{legendX + 31}\" y=\"{y + 4}\">{Escape(scorer.Name)}</text>");
            svg.AppendLine($"<text x=\"{legendX + 31}\" y=\"{y + 18}\" fill=\"#555\">AP {scorer.Metrics["averagePrecision"]:0.0000}</text>");
        }
        var noteY = Top + 10 + report.Scorers.Count * 36;
        svg.AppendLine($"<circle cx=\"{legendX + 12}\" cy=\"{noteY}\" r=\"4.5\" fill=\"white\" stroke=\"black\"/>");
        svg.AppendLine($"<text x=\"{legendX + 31}\" y=\"{noteY + 4}\">at the threshold</text>");
        svg.AppendLine("</svg>");
        return svg.ToString();
    }

    private static void Panel(StringBuilder svg, EvaluationReport report, int left, double from, double to)
    {
        var height = Height - Top - Bottom;
        double Scale(double v) => (v - from) / (to - from);
        string X(double recall) => F(left + Scale(recall) * PanelWidth);
        string Y(double precision) => F(Top + (1 - Scale(precision)) * height);
        var clip = $"clip{left}";
        svg.AppendLine($"<clipPath id=\"{clip}\"><rect x=\"{left}\" y=\"{Top}\" width=\"{PanelWidth}\" height=\"{height}\"/></clipPath>");
        for (var i = 0; i <= 10; i++)
        {
            var v = from + (to - from) * i / 10;
            var label = v.ToString(to - from < 0.5 ? "0.000" : "0.0", CultureInfo.InvariantCulture);
            svg.AppendLine($"<line x1=\"{X(v)}\" y1=\"{Top}\" x2=\"{X(v)}\" y2=\"{Top + height}\" stroke=\"#eee\"/>");
            svg.AppendLine($"<line x1=\"{left}\" y1=\"{Y(v)}\" x2=\"{left + PanelWidth}\" y2=\"{Y(v)}\" stroke=\"#eee\"/>");
            svg.AppendLine($"<line x1=\"{X(v)}\" y1=\"{Top + height}\" x2=\"{X(v)}\" y2=\"{Top + height + 5}\" stroke=\"black\"/>");
            if (i % 2 == 0)
                svg.AppendLine($"<text x=\"{X(v)}\" y=\"{Top + height + 18}\" text-anchor=\"middle\">{label}</text>");
            svg.AppendLine($"<line x1=\"{left - 5}\" y1=\"{Y(v)}\" x2=\"{left}\" y2=\"{Y(v)}\" stroke=\"black\"/>");
            svg.AppendLine($"<text x=\"{left - 8}\" y=\"{F(Top + (1 - Scale(v)) * height + 4)}\" text-anchor=\"end\">{label}</text>");
        }
        svg.AppendLine($"<rect x=\"{left}\" y=\"{Top}\" width=\"{PanelWidth}\" height=\"{height}\" fill=\"none\" stroke=\"black\"/>");
        svg.AppendLine($"<text x=\"{F(left + PanelWidth / 2.0)}\" y=\"{Height - 18}\" text-anchor=\"middle\">recall</text>");
        var middle = F(Top + height / 2.0);
        svg.AppendLine($"<text x=\"{left - 52}\" y=\"{middle}\" text-anchor=\"middle\" transform=\"rotate(-90 {left - 52} {middle})\">precision</text>");

        // The model is drawn last, on top of the baselines it may overlap.
        for (var s = report.Scorers.Count - 1; s >= 0; s--)
        {
            var scorer = report.Scorers[s];
            var colour = Colours[s % Colours.Length];
            var points = new List<string> { $"{X(0)},{Y(scorer.Curve.Count > 0 ? scorer.Curve[0].Precision : 1)}" };
            points.AddRange(Thin(scorer.Curve, (to - from) / 400).Select(p => $"{X(p.Recall)},{Y(p.Precision)}"));
            svg.AppendLine($"<polyline clip-path=\"url(#{clip})\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{string.Join(' ', points)}\"/>");
            var c = scorer.Confusion;
            if (!double.IsNaN(c.Precision) && c.Recall >= from && c.Precision >= from)
                svg.AppendLine($"<circle cx=\"{X(c.Recall)}\" cy=\"{Y(c.Precision)}\" r=\"4.5\" fill=\"{colour}\" stroke=\"black\"/>");
        }
    }

    private static IEnumerable<PrPoint> Thin(IReadOnlyList<PrPoint> curve, double step)
    {
        PrPoint? last = null;
        foreach (var point in curve)
        {
            if (last is null || Math.Abs(point.Recall - last.Recall) >= step || Math.Abs(point.Precision - last.Precision) >= step || point == curve[^1])
            {
                last = point;
                yield return point;
            }
        }
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
