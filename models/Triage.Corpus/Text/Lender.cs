namespace Triage.Corpus.Text;

// The fictitious lender whose desk receives the corpus; its apps are what complainants name.
public static class Lender
{
    public const string Company = "瑞和消费金融";
    public const string Hotline = "400-618-9595";
    public static readonly string[] Apps = ["瑞和借", "瑞和分期", "小瑞钱包", "瑞和借", "瑞和借"];
    public static readonly string[] Products = ["cash-loan", "cash-loan", "cash-loan", "credit-line", "instalment", "merchant-instalment", "small-business-loan"];
}
