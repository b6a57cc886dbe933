namespace Triage.Signals.Text;

// Stored signatures and bucket keys depend on ShingleLength, Bands, Rows, Seed and the skeleton rules: changing any
// of them needs the index rebuilt (a full rescoring), because old and new signatures do not compare.
public sealed class NearDuplicateOptions
{
    // Character 3-shingles: Chinese bigrams are mostly single words shared by any two complaints on one topic
    // (催收, 逾期, 还款), while 3-grams already carry phrase order; one edited character changes only 3 shingles.
    public int ShingleLength { get; set; } = 3;

    // 32 bands of 4 rows (128 hashes): a pair becomes a candidate with probability 1 - (1 - J^4)^32, about 0.87 at
    // J = 0.5, 0.99 at J = 0.6 and 0.05 at J = 0.2; the curve's midpoint, (1/32)^(1/4), is 0.42.
    public int Bands { get; set; } = 32;

    public int Rows { get; set; } = 4;

    // Candidates are kept when their estimated Jaccard (signature agreement) reaches this.
    public double Threshold { get; set; } = 0.5;

    public ulong Seed { get; set; } = 0x7A1A_6E5E_ED00_0001;

    // Shared runs shorter than this many skeleton characters are too common to explain anything.
    public int MinSpanLength { get; set; } = 6;

    public int HashCount => Bands * Rows;
}
