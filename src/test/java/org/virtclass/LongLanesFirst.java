package org.virtclass;

import java.util.Comparator;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.virtclass.lab.LabTestSupport;

/**
 * The order in which failsafe hands its classes to the threads that run them at once: the
 * lab classes first, then the cluster test, then the rest, each group in JUnit's default
 * order. The lab classes run one after another (they share the check for left processes),
 * so together they are the longest lane: started first, they run beside the others
 * instead of after them.
 */
public class LongLanesFirst implements ClassOrderer {

	@Override
	public void orderClasses(ClassOrdererContext context) {
		context.getClassDescriptors().sort(Comparator.comparingInt(LongLanesFirst::lane));
	}

	private static int lane(ClassDescriptor descriptor) {
		boolean lab = descriptor.findRepeatableAnnotations(ResourceLock.class)
			.stream()
			.anyMatch((lock) -> LabTestSupport.PROCESSES.equals(lock.value()));
		if (lab) {
			return 0;
		}
		boolean cluster = descriptor.findRepeatableAnnotations(Tag.class)
			.stream()
			.anyMatch((tag) -> "cluster".equals(tag.value()));
		return cluster ? 1 : 2;
	}

}
