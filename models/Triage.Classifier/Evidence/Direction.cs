namespace Triage.Classifier.Evidence;

// How a signal may move the score: more of it never lowers the score (Up), less of it never lowers it (Down), or
// either way (Free: context such as the channel, which is not evidence of behaviour).
public enum Direction
{
    Up,
    Down,
    Free,
}
