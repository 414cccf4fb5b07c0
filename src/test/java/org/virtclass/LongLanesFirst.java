package org.virtclass;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.virtclass.lab.LabTestSupport;

/**
 * The order in which failsafe hands its classes to the threads that run them at once: the
 * cluster test first (the longest single class), then the lab classes spread evenly
 * through the rest, each group in JUnit's default order. The lab classes run one after
 * another (they share the check for left processes), so together they are the longest
 * lane; a thread that takes a lab class while another one runs waits for it, so they are
 * not queued side by side, where several threads would wait at once, but one every few
 * classes, and the lane keeps going from the start to the end.
 */
public class LongLanesFirst implements ClassOrderer {

	@Override
	public void orderClasses(ClassOrdererContext context) {
		List<ClassDescriptor> cluster = new ArrayList<>();
		List<ClassDescriptor> lab = new ArrayList<>();
		List<ClassDescriptor> rest = new ArrayList<>();
		for (ClassDescriptor descriptor : context.getClassDescriptors()) {
			(isLab(descriptor) ? lab : isCluster(descriptor) ? cluster : rest).add(descriptor);
		}
		List<ClassDescriptor> ordered = new ArrayList<>(cluster);
		int between = lab.isEmpty() ? 0 : rest.size() / lab.size();
		int next = 0;
		for (ClassDescriptor labClass : lab) {
			ordered.add(labClass);
			for (int i = 0; i < between; i++) {
				ordered.add(rest.get(next++));
			}
		}
		ordered.addAll(rest.subList(next, rest.size()));
		sortAs(context.getClassDescriptors(), ordered);
	}

	private static <T extends ClassDescriptor> void sortAs(List<T> descriptors, List<ClassDescriptor> order) {
		descriptors.sort((a, b) -> Integer.compare(order.indexOf(a), order.indexOf(b)));
	}

	private static boolean isLab(ClassDescriptor descriptor) {
		return descriptor.findRepeatableAnnotations(ResourceLock.class)
			.stream()
			.anyMatch((lock) -> LabTestSupport.PROCESSES.equals(lock.value()));
	}

	private static boolean isCluster(ClassDescriptor descriptor) {
		return descriptor.findRepeatableAnnotations(Tag.class)
			.stream()
			.anyMatch((tag) -> "cluster".equals(tag.value()));
	}

}
