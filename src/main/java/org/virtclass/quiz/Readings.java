package org.virtclass.quiz;

import java.util.ArrayList;
import java.util.List;

import org.virtclass.classification.HardwareVirtualization;
import org.virtclass.classification.ImageFormat;
import org.virtclass.classification.RunsOn;
import org.virtclass.classification.ToolFacts;

/**
 * The other readings of a tool's contested facts, the way the engine weighs them: the opposite of a
 * yes/no fact, every other value of an enumerated one, and for the image formats the list without one
 * of its formats or without any. A tool may only play a role in a question when the question's
 * predicate holds under every one of these readings, so that no source can make the key debatable.
 */
final class Readings {

	private Readings() {
	}

	static List<ToolFacts> of(ToolFacts f) {
		List<ToolFacts> readings = new ArrayList<>();
		for (String fact : f.contested()) {
			switch (fact) {
				case "guestOwnKernel" -> readings.add(with(f, !f.guestOwnKernel(), f.hardwareVirtualization(), f.runsOn(),
						f.emulatesForeignIsa(), f.sharesHostKernel(), f.userSpaceKernel(), f.translatesSyscalls(),
						f.managesOthers(), f.imageFormats()));
				case "hardwareVirtualization" -> {
					for (HardwareVirtualization other : HardwareVirtualization.values()) {
						if (other != f.hardwareVirtualization()) {
							readings.add(with(f, f.guestOwnKernel(), other, f.runsOn(), f.emulatesForeignIsa(),
									f.sharesHostKernel(), f.userSpaceKernel(), f.translatesSyscalls(), f.managesOthers(),
									f.imageFormats()));
						}
					}
				}
				case "runsOn" -> {
					for (RunsOn other : RunsOn.values()) {
						if (other != f.runsOn()) {
							readings.add(with(f, f.guestOwnKernel(), f.hardwareVirtualization(), other,
									f.emulatesForeignIsa(), f.sharesHostKernel(), f.userSpaceKernel(),
									f.translatesSyscalls(), f.managesOthers(), f.imageFormats()));
						}
					}
				}
				case "emulatesForeignIsa" -> readings.add(with(f, f.guestOwnKernel(), f.hardwareVirtualization(),
						f.runsOn(), !f.emulatesForeignIsa(), f.sharesHostKernel(), f.userSpaceKernel(),
						f.translatesSyscalls(), f.managesOthers(), f.imageFormats()));
				case "sharesHostKernel" -> readings.add(with(f, f.guestOwnKernel(), f.hardwareVirtualization(),
						f.runsOn(), f.emulatesForeignIsa(), !f.sharesHostKernel(), f.userSpaceKernel(),
						f.translatesSyscalls(), f.managesOthers(), f.imageFormats()));
				case "userSpaceKernel" -> readings.add(with(f, f.guestOwnKernel(), f.hardwareVirtualization(),
						f.runsOn(), f.emulatesForeignIsa(), f.sharesHostKernel(), !f.userSpaceKernel(),
						f.translatesSyscalls(), f.managesOthers(), f.imageFormats()));
				case "translatesSyscalls" -> readings.add(with(f, f.guestOwnKernel(), f.hardwareVirtualization(),
						f.runsOn(), f.emulatesForeignIsa(), f.sharesHostKernel(), f.userSpaceKernel(),
						!f.translatesSyscalls(), f.managesOthers(), f.imageFormats()));
				case "managesOthers" -> readings.add(with(f, f.guestOwnKernel(), f.hardwareVirtualization(),
						f.runsOn(), f.emulatesForeignIsa(), f.sharesHostKernel(), f.userSpaceKernel(),
						f.translatesSyscalls(), !f.managesOthers(), f.imageFormats()));
				case "imageFormats" -> {
					for (ImageFormat format : f.imageFormats()) {
						List<ImageFormat> without = new ArrayList<>(f.imageFormats());
						without.remove(format);
						readings.add(withFormats(f, without));
					}
					readings.add(withFormats(f, List.of()));
				}
				default -> {
					// not a contestable fact
				}
			}
		}
		return readings;
	}

	private static ToolFacts withFormats(ToolFacts f, List<ImageFormat> formats) {
		return with(f, f.guestOwnKernel(), f.hardwareVirtualization(), f.runsOn(), f.emulatesForeignIsa(),
				f.sharesHostKernel(), f.userSpaceKernel(), f.translatesSyscalls(), f.managesOthers(), formats);
	}

	private static ToolFacts with(ToolFacts f, boolean guestOwnKernel, HardwareVirtualization hv, RunsOn runsOn,
			boolean foreignIsa, boolean sharesHostKernel, boolean userSpaceKernel, boolean translatesSyscalls,
			boolean managesOthers, List<ImageFormat> formats) {
		return new ToolFacts(guestOwnKernel, hv, runsOn, foreignIsa, sharesHostKernel, userSpaceKernel,
				translatesSyscalls, managesOthers, formats, null);
	}

}
