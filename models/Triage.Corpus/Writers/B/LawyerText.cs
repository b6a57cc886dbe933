using Triage.Corpus.Text;
using Triage.Corpus.Writers.B.Banks;

namespace Triage.Corpus.Writers.B;

internal static class LawyerText
{
    public static string Write(Random rng, TextContext context, string category)
    {
        var h = Habits.Draw(rng, true);
        string S(string line) => Compose.Sentence(rng, line, context, h);
        var lines = new List<string>();
        var title = Fill.Both(rng, Draw.One(rng, LawyerBank.Titles), context, h);
        if (title.Length > 0)
            lines.Add(title);
        var intro = S(Draw.One(rng, LawyerBank.Intro));
        if (!intro.Contains(Lender.Company, StringComparison.Ordinal) && rng.NextDouble() < 0.7)
            lines.Add(Lender.Company + "：");
        lines.Add(intro);
        var numbered = rng.NextDouble() < 0.6;
        var facts = LawyerBank.Facts(category).Select(S).ToList();
        if (rng.NextDouble() < 0.3)
            facts.RemoveAt(rng.Next(facts.Count));
        var grounds = Draw.Some(rng, LawyerBank.Grounds(category), rng.Next(1, 3));
        var law = "[根据|依据|按照]" + string.Join("及", grounds) + "，[贵司上述行为|上述行为][已|涉嫌][侵害|违反][委托人的合法权益|相关规定]。";
        var requests = LawyerBank.Requests(category).Select(r => Fill.Both(rng, r, context, h)).ToList();
        if (numbered)
        {
            lines.Add("一、[基本事实|事实经过]\n" + string.Concat(facts));
            lines.Add("二、[法律依据|法律分析]\n" + S(law));
            lines.Add("三、[委托人的要求|请求事项]\n" + string.Join("\n", requests.Select((r, i) => Compose.Marker(h.Lists == 2 ? 4 : h.Lists, i) + r + "；")).TrimEnd('；') + "。");
        }
        else
        {
            lines.Add(string.Concat(facts) + S(law));
            lines.Add("[为此|据此]，[委托人|本律师代表委托人][要求|请求]贵司：" + string.Join("；", requests) + "。");
        }
        lines.Add(S(Draw.One(rng, LawyerBank.Closing)));
        lines.Add(Fill.Both(rng, "{firm}\n[律师：|经办律师：|]{lawyer}\n", context, h) + h.Date(context.Now));
        var text = string.Join("\n", lines.Select(l => Fill.Choose(rng, l)));
        return Surface.Apply(rng, text, h);
    }
}
