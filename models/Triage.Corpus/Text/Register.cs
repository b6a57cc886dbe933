namespace Triage.Corpus.Text;

public enum Register
{
    Colloquial,
    Formal,
    Angry,
    Confused,
}
