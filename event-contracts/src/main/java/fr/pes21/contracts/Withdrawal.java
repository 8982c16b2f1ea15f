package fr.pes21.contracts;

/**
 * A fact that cancels an earlier one (an entry made by mistake or corrected). Its
 * {@link #factId()} is the id of the withdrawn fact and its {@link #occurredOn()} the
 * withdrawn fact's business date, so a read model knows which record and which year move
 * back.
 */
public interface Withdrawal extends Fact {

}
