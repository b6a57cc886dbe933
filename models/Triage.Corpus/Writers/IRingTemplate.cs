using Triage.Corpus.Text;

namespace Triage.Corpus.Writers;

// One outfit's template, chosen once; every member's complaint is rendered from it.
public interface IRingTemplate
{
    double Spin { get; }

    string Render(Random rng, TextContext context, bool coached, bool refile);
}
