using System.Globalization;
using System.Net;
using System.Text;

namespace Triage.Classifier.Evaluation;

// Precision against recall for every scorer, each with a dot at its routing threshold. Written by hand: no
// plotting package is needed for two axes and a few polylines.
public static class PrCurveSvg
{
    private const int Width = 720, Height = 520, Left = 70, Right = 190, Top = 40, Bottom = 60;
    private static readonly string[] Colours = ["#1f5fbf", "#d9822b", "#3a9a4a", "#a83279"];

    public static string Render(EvaluationReport report)
    {
        var svg = new StringBuilder();
        var (plotWidth, plotHeight) = (Width - Left - Right, Height - Top - Bottom);
        string X(double recall) => F(Left + recall * plotWidth);
        string Y(double precision) => F(Top + (1 - precision) * plotHeight);

        svg.AppendLine($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"sans-serif\" font-size=\"12\">");
        svg.AppendLine($"<rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>");
        svg.AppendLine($"<text x=\"{Left}\" y=\"22\" font-size=\"14\">{Escape(report.Title)}: precision–recall</text>");
        for (var i = 0; i <= 10; i++)
        {
            var v = i / 10.0;
            svg.AppendLine($"<line x1=\"{X(v)}\" y1=\"{Top}\" x2=\"{X(v)}\" y2=\"{Top + plotHeight}\" stroke=\"#eee\"/>");
            svg.AppendLine($"<line x1=\"{Left}\" y1=\"{Y(v)}\" x2=\"{Left + plotWidth}\" y2=\"{Y(v)}\" stroke=\"#eee\"/>");
            svg.AppendLine($"<line x1=\"{X(v)}\" y1=\"{Top + plotHeight}\" x2=\"{X(v)}\" y2=\"{Top + plotHeight + 5}\" stroke=\"black\"/>");
            svg.AppendLine($"<text x=\"{X(v)}\" y=\"{Top + plotHeight + 18}\" text-anchor=\"middle\">{v:0.0}</text>");
            svg.AppendLine($"<line x1=\"{Left - 5}\" y1=\"{Y(v)}\" x2=\"{Left}\" y2=\"{Y(v)}\" stroke=\"black\"/>");
            svg.AppendLine($"<text x=\"{Left - 8}\" y=\"{F(double.Parse(Y(v), CultureInfo.InvariantCulture) + 4)}\" text-anchor=\"end\">{v:0.0}</text>");
        }
        svg.AppendLine($"<rect x=\"{Left}\" y=\"{Top}\" width=\"{plotWidth}\" height=\"{plotHeight}\" fill=\"none\" stroke=\"black\"/>");
        svg.AppendLine($"<text x=\"{F(Left + plotWidth / 2.0)}\" y=\"{Height - 18}\" text-anchor=\"middle\">recall</text>");
        svg.AppendLine($"<text x=\"18\" y=\"{F(Top + plotHeight / 2.0)}\" text-anchor=\"middle\" transform=\"rotate(-90 18 {F(Top + plotHeight / 2.0)})\">precision</text>");

        for (var s = 0; s < report.Scorers.Count; s++)
        {
            var scorer = report.Scorers[s];
            var colour = Colours[s % Colours.Length];
            var points = new List<string> { $"{X(0)},{Y(scorer.Curve.Count > 0 ? scorer.Curve[0].Precision : 1)}" };
            points.AddRange(Thin(scorer.Curve).Select(p => $"{X(p.Recall)},{Y(p.Precision)}"));
            svg.AppendLine($"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{string.Join(' ', points)}\"/>");
            var c = scorer.Confusion;
            if (!double.IsNaN(c.Precision))
                svg.AppendLine($"<circle cx=\"{X(c.Recall)}\" cy=\"{Y(c.Precision)}\" r=\"4.5\" fill=\"{colour}\" stroke=\"black\"/>");
            var legendY = Top + 10 + s * 36;
            svg.AppendLine($"<line x1=\"{Width - Right + 15}\" y1=\"{legendY}\" x2=\"{Width - Right + 40}\" y2=\"{legendY}\" stroke=\"{colour}\" stroke-width=\"3\"/>");
            svg.AppendLine($"<text x=\"{Width - Right + 46}\" y=\"{legendY + 4}\">{Escape(scorer.Name)}</text>");
            svg.AppendLine($"<text x=\"{Width - Right + 46}\" y=\"{legendY + 18}\" fill=\"#555\">AP {scorer.Metrics["averagePrecision"]:0.000}</text>");
        }
        var noteY = Top + 10 + report.Scorers.Count * 36;
        svg.AppendLine($"<circle cx=\"{Width - Right + 27}\" cy=\"{noteY}\" r=\"4.5\" fill=\"white\" stroke=\"black\"/>");
        svg.AppendLine($"<text x=\"{Width - Right + 46}\" y=\"{noteY + 4}\">at the threshold</text>");
        svg.AppendLine("</svg>");
        return svg.ToString();
    }

    // At most ~400 points per curve: enough for the eye, small enough to commit.
    private static IEnumerable<PrPoint> Thin(IReadOnlyList<PrPoint> curve)
    {
        PrPoint? last = null;
        foreach (var point in curve)
        {
            if (last is null || Math.Abs(point.Recall - last.Recall) >= 0.0025 || Math.Abs(point.Precision - last.Precision) >= 0.0025 || point == curve[^1])
            {
                last = point;
                yield return point;
            }
        }
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
