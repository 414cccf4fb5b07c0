package org.virtclass.quiz;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What one live session and one network address may take.
 *
 * @param maxPlayers players per session ({@code virtclass.quiz.live.max-players}, default
 * 500)
 * @param joinsPerMinute joins per address per minute, in bursts of as many; a class
 * behind one NAT address larger than this joins over a couple of minutes, so raise it for
 * such a network (default 100)
 * @param unknownCodesPerMinute lookups of codes that name no session, per address per
 * minute: a student mistypes a code now and then, a script guesses hundreds (default 20)
 */
@ConfigurationProperties("virtclass.quiz.live")
public record LiveLimits(@DefaultValue("500") int maxPlayers, @DefaultValue("100") int joinsPerMinute,
		@DefaultValue("20") int unknownCodesPerMinute) {

	public LiveLimits {
		if (maxPlayers < 1 || joinsPerMinute < 1 || unknownCodesPerMinute < 1) {
			throw new IllegalArgumentException("virtclass.quiz.live.* must be at least 1");
		}
	}

}
